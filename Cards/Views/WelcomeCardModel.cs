namespace CoachBot.Cards.Views;

/// <summary>What the welcome card needs: the user's display name when known, and whether this is a 1:1 chat.</summary>
public sealed record WelcomeCardModel(string? UserName, bool IsPersonalChat);

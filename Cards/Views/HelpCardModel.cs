namespace CoachBot.Cards.Views;

/// <summary>What the help card needs: whether this is a 1:1 chat (elsewhere people must mention CoachBot).</summary>
public sealed record HelpCardModel(bool IsPersonalChat);

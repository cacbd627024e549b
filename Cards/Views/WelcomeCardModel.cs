namespace CoachBot.Cards.Views;

/// <summary>
/// What the welcome card needs: the user's display name when known, whether this is a 1:1 chat, what CoachBot
/// does today for the people here (from the registered features), what is coming, and buttons to start with.
/// </summary>
public sealed record WelcomeCardModel(
    string? UserName,
    bool IsPersonalChat,
    IReadOnlyList<string> CanDo,
    IReadOnlyList<string> ComingSoon,
    IReadOnlyList<CardButton> Buttons);

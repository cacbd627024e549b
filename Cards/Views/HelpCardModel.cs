namespace CoachBot.Cards.Views;

/// <summary>One line of the help card: a bold title (a command or a thing to try) and what it does (Markdown).</summary>
public sealed record HelpEntry(string Title, string Text);

/// <summary>A group of help lines under a heading ("For everyone", "For admins").</summary>
public sealed record HelpSection(string Heading, IReadOnlyList<HelpEntry> Entries);

/// <summary>A button a card offers, made for the card instance it goes on.</summary>
public sealed record CardButton(string Title, Func<string, Model.Actions.ExecuteAction> Create);

/// <summary>
/// What the help card shows: the sections for the user's roles (built from the registered features), what is
/// coming soon, suggested buttons, and whether this is a 1:1 chat (elsewhere people must mention CoachBot).
/// </summary>
public sealed record HelpCardModel(
    bool IsPersonalChat,
    IReadOnlyList<HelpSection> Sections,
    IReadOnlyList<string> ComingSoon,
    IReadOnlyList<CardButton> Buttons);

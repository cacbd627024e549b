namespace CoachBot.Cards.Views;

/// <summary>One line of a read-only summary: a label and the value given (plain text, never Markdown).</summary>
public sealed record SummaryFact(string Title, string Value);

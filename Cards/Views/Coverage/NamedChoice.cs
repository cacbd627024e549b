namespace CoachBot.Cards.Views.Coverage;

/// <summary>One choice offered on a form: the value submitted and the title shown.</summary>
public sealed record NamedChoice(string Value, string Title);

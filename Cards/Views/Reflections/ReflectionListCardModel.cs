namespace CoachBot.Cards.Views.Reflections;

/// <summary>
/// One page of <c>my reflections</c>, newest first. <see cref="Filter"/> is what the coach typed after the command
/// (carried by the buttons so a page can be shown again); <see cref="FilterLabel"/> is how the card names it.
/// <see cref="BeforeAt"/>/<see cref="BeforeId"/> is where this page starts (null: the newest); <see cref="NextAt"/>/
/// <see cref="NextId"/> where the next one does (null: this is the last page).
/// </summary>
public sealed record ReflectionListCardModel(
    string Filter,
    string? FilterLabel,
    IReadOnlyList<ReflectionCardItem> Items,
    int Total,
    int FirstNumber,
    long? BeforeAt,
    long? BeforeId,
    long? NextAt,
    long? NextId,
    string? Notice,
    string EmptyText);

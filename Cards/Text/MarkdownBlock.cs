namespace CoachBot.Cards.Text;

/// <summary>A block of the answer Markdown subset: a paragraph, or a bullet list (one item per line).</summary>
public sealed record MarkdownBlock(bool IsList, IReadOnlyList<string> Lines);

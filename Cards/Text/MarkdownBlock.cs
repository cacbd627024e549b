namespace CoachBot.Cards.Text;

/// <summary>
/// A block of the answer Markdown subset: a paragraph, or a list (one item per line): bulleted, or numbered from
/// <see cref="Start"/> when that is set.
/// </summary>
public sealed record MarkdownBlock(bool IsList, IReadOnlyList<string> Lines, int? Start = null)
{
    /// <summary>True for a numbered list ("1. …").</summary>
    public bool IsNumbered => IsList && Start is not null;
}

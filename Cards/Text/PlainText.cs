using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace CoachBot.Cards.Text;

/// <summary>
/// Plain-text helpers for summaries and notifications: strip the card Markdown subset, collapse whitespace and
/// shorten at a character boundary that never splits an emoji or accented letter.
/// </summary>
public static partial class PlainText
{
    /// <summary>The ellipsis appended to shortened text.</summary>
    public const string Ellipsis = "…";

    /// <summary>
    /// Shortens <paramref name="text"/> to at most <paramref name="maxLength"/> UTF-16 chars, ending in an
    /// ellipsis when cut, preferably at a word boundary and never inside a text element (grapheme).
    /// </summary>
    public static string Shorten(string text, int maxLength)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxLength, 1);
        if (text.Length <= maxLength)
        {
            return text;
        }

        var limit = maxLength - Ellipsis.Length;
        var cut = 0;
        while (cut < text.Length)
        {
            var end = cut + StringInfo.GetNextTextElementLength(text.AsSpan(cut));
            if (end > limit)
            {
                break;
            }

            cut = end;
        }

        var space = text.LastIndexOf(' ', Math.Max(cut - 1, 0));
        if (space > cut * 2 / 3)
        {
            cut = space;
        }

        return text[..cut].TrimEnd() + Ellipsis;
    }

    /// <summary>All whitespace runs (newlines included) as single spaces, trimmed.</summary>
    public static string CollapseWhitespace(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return IsCollapsed(text) ? text : Whitespace().Replace(text, " ").Trim();
    }

    /// <summary>
    /// The card Markdown subset as plain text: links become their text, list items are joined with "; ",
    /// emphasis markers and Teams mention tags are dropped, whitespace is collapsed.
    /// </summary>
    public static string FromMarkdown(string markdown)
    {
        ArgumentNullException.ThrowIfNull(markdown);
        var text = MentionTag().Replace(Link().Replace(markdown, "$1"), string.Empty).Trim();
        text = Bullet().Replace(text, match => match.Index == 0 || text[..match.Index].TrimEnd().EndsWith(':') ? " " : "; ");
        text = Emphasis().Replace(text, string.Empty);
        return CollapseWhitespace(text);
    }

    // Most texts (titles, names) are already one line with single spaces: no need to run the regex over them.
    private static bool IsCollapsed(string text)
    {
        if (text.Length > 0 && (char.IsWhiteSpace(text[0]) || char.IsWhiteSpace(text[^1])))
        {
            return false;
        }

        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsWhiteSpace(text[i]) && (text[i] != ' ' || char.IsWhiteSpace(text[i + 1])))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Text on one line (whitespace collapsed), at most <paramref name="maxLength"/> chars; Markdown is kept.</summary>
    public static string OneLine(string text, int maxLength) => Shorten(CollapseWhitespace(text), maxLength);

    /// <summary>A one-line summary: plain text from Markdown, at most <paramref name="maxLength"/> chars.</summary>
    public static string Summary(string markdown, int maxLength) => Shorten(FromMarkdown(markdown), maxLength);

    /// <summary>Joins parts with separators, e.g. "A, B or C".</summary>
    public static string JoinWithOr(IReadOnlyList<string> parts)
    {
        ArgumentNullException.ThrowIfNull(parts);
        if (parts.Count <= 1)
        {
            return parts.Count == 0 ? string.Empty : parts[0];
        }

        var builder = new StringBuilder();
        for (var i = 0; i < parts.Count; i++)
        {
            builder.Append(i == 0 ? string.Empty : i == parts.Count - 1 ? " or " : ", ").Append(parts[i]);
        }

        return builder.ToString();
    }

    [GeneratedRegex(@"</?at>", RegexOptions.IgnoreCase)]
    private static partial Regex MentionTag();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"\[([^\]]*)\]\([^)]*\)")]
    private static partial Regex Link();

    [GeneratedRegex(@"(?m)(?:^|\n)[ \t]*(?:[-*+]|\d+\.)[ \t]+")]
    private static partial Regex Bullet();

    [GeneratedRegex(@"\*\*|__|(?<!\w)[*_](?=\S)|(?<=\S)[*_](?!\w)")]
    private static partial Regex Emphasis();
}

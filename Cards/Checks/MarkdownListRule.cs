using System.Globalization;
using System.Text.RegularExpressions;

namespace CoachBot.Cards.Checks;

/// <summary>
/// The <c>list</c> rule: a list in a card's Markdown text that Teams' renderer would run together into one line.
/// Teams (and the Agents Playground's Teams renderer, where each case below was seen) renders a TextBlock's Markdown
/// like CommonMark: items each on a line of their own that start with <c>- </c>, <c>* </c>, <c>+ </c> or <c>1. </c>
/// are a list; a single line break anywhere else is a soft break, drawn as a space. So these run together:
/// <list type="bullet">
/// <item>numbered items on one line ("1. Data Coach 2. Resource Provider 3. …": one item holding all the others);</item>
/// <item>bullets on one line ("- Alpha - Beta - Gamma", "• Alpha • Beta");</item>
/// <item>lines starting with a bullet Markdown does not know (<c>•</c>, <c>◦</c>, <c>▪</c>, <c>‣</c>, <c>·</c>, <c>✅</c>,
/// or <c>-</c> with no space) after a single line break: they join the line before;</item>
/// <item>a line that is no list item right after a list item (a single line break): it joins that item.</item>
/// </list>
/// Each item on a line of its own (<c>\n</c>) after a blank line or a paragraph line, or each item in a TextBlock of its
/// own, renders as a list.
/// </summary>
public static partial class MarkdownListRule
{
    /// <summary>The rule's id in <see cref="CardProblem.Rule"/>.</summary>
    public const string Rule = "list";

    private static readonly string[] ForeignBullets = ["•", "◦", "▪", "‣", "·", "✅", "✔", "☑", "➤", "→"];

    /// <summary>Why <paramref name="markdown"/> would show a list run together, or null when it would not.</summary>
    public static string? Check(string? markdown)
    {
        if (string.IsNullOrEmpty(markdown))
        {
            return null;
        }

        var lines = markdown.ReplaceLineEndings("\n").Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            if (NumberedOnOneLine(line) is { } numbers)
            {
                return $"items {numbers} are on one line, so they run together; put each item on a line of its own";
            }

            if (BulletsOnOneLine(line))
            {
                return $"the bullets of '{Short(line)}' are on one line, so they run together; put each item on a line of its own";
            }

            if (i == 0 || string.IsNullOrWhiteSpace(line) || string.IsNullOrWhiteSpace(lines[i - 1]))
            {
                continue;
            }

            var trimmed = line.TrimStart();
            if (StartsWithForeignBullet(trimmed))
            {
                return $"'{Short(trimmed)}' starts with a bullet Markdown does not know, after a single line break: it joins the line before; use '- '";
            }

            if (IsListItem(lines[i - 1]) && !IsListItem(line) && line.Length == trimmed.Length)
            {
                return $"'{Short(trimmed)}' follows a list item after a single line break: it joins that item; leave a blank line before it";
            }
        }

        return null;
    }

    /// <summary>True when <paramref name="line"/> is a Markdown list item (<c>- </c>, <c>* </c>, <c>+ </c>, <c>1. </c>, <c>1) </c>).</summary>
    public static bool IsListItem(string line) => ListItemPattern().IsMatch(line);

    private static string? NumberedOnOneLine(string line)
    {
        var previous = -1;
        foreach (Match marker in NumberMarkerPattern().Matches(line))
        {
            var number = int.Parse(marker.Groups["n"].ValueSpan, CultureInfo.InvariantCulture);
            if (previous >= 0 && number == previous + 1)
            {
                return $"{previous} and {number}";
            }

            previous = number;
        }

        return null;
    }

    private static bool BulletsOnOneLine(string line)
    {
        var trimmed = line.TrimStart();
        if (ForeignBullets.Sum(bullet => CountOf(trimmed, bullet)) >= 2 && StartsWithForeignBullet(trimmed))
        {
            return true;
        }

        // One spaced dash inside an item is prose ("resources - still there"); two or more are bullets typed on one line.
        return IsListItem(trimmed) && !NumberStartPattern().IsMatch(trimmed) && InlineBulletPattern().Count(trimmed[2..]) >= 2;
    }

    private static bool StartsWithForeignBullet(string trimmed) =>
        ForeignBullets.Any(bullet => trimmed.StartsWith(bullet, StringComparison.Ordinal))
        || (trimmed.Length > 1 && trimmed[0] == '-' && char.IsLetterOrDigit(trimmed[1]));

    private static int CountOf(string text, string part)
    {
        var count = 0;
        for (var at = text.IndexOf(part, StringComparison.Ordinal); at >= 0; at = text.IndexOf(part, at + part.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }

    private static string Short(string text) => text.Length <= 40 ? text : text[..40] + "…";

    [GeneratedRegex(@"^\s{0,3}(?:[-*+]|\d{1,9}[.)])\s+\S")]
    private static partial Regex ListItemPattern();

    [GeneratedRegex(@"^\s*\d{1,9}[.)]\s")]
    private static partial Regex NumberStartPattern();

    [GeneratedRegex(@"(?:^|\s)(?<n>\d{1,3})[.)]\s+\S")]
    private static partial Regex NumberMarkerPattern();

    [GeneratedRegex(@"\s[-*+•]\s+\S")]
    private static partial Regex InlineBulletPattern();
}

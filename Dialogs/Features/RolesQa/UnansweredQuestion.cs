using System.Text;
using System.Text.RegularExpressions;

namespace CoachBot.Dialogs.Features.RolesQa;

/// <summary>
/// A question the roles Q&amp;A could not answer, as it may be kept: Teams mentions (<c>&lt;at&gt;…&lt;/at&gt;</c>) and
/// <c>@names</c>, e-mail addresses and every digit removed, whitespace collapsed, cut to <see cref="MaxLength"/> characters.
/// <see cref="Key"/> groups the same question asked in other case or punctuation.
/// </summary>
public sealed partial record UnansweredQuestion(string Text, string Key)
{
    /// <summary>The longest question kept.</summary>
    public const int MaxLength = 200;

    /// <summary>The question as it may be kept, or null when nothing is left of it.</summary>
    public static UnansweredQuestion? From(string? typed)
    {
        if (string.IsNullOrWhiteSpace(typed))
        {
            return null;
        }

        var text = Mention().Replace(typed, " ");
        text = Email().Replace(text, " ");
        text = Handle().Replace(text, " ");
        text = Digits().Replace(text, "");
        text = Whitespace().Replace(text, " ");
        text = SpaceBeforePunctuation().Replace(text, "$1").Trim();
        if (text.Length > MaxLength)
        {
            text = text[..MaxLength].TrimEnd();
        }

        var key = KeyOf(text);
        return key.Length == 0 ? null : new UnansweredQuestion(text, key);
    }

    /// <summary>Letters and single spaces, lower case: "What's a *coach*?" and "whats a coach" are one question.</summary>
    private static string KeyOf(string text)
    {
        var key = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text.ToLowerInvariant())
        {
            if (char.IsLetter(c))
            {
                if (space && key.Length > 0)
                {
                    key.Append(' ');
                }

                key.Append(c);
                space = false;
            }
            else if (char.IsWhiteSpace(c))
            {
                space = true;
            }
        }

        return key.ToString();
    }

    [GeneratedRegex(@"<at>.*?</at>", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex Mention();

    [GeneratedRegex(@"[^\s<>()\[\]""',;:]+@[^\s<>()\[\]""',;:]+\.[^\s<>()\[\]""',;:]+")]
    private static partial Regex Email();

    [GeneratedRegex(@"(?<![\w.])@[\w.\-]+")]
    private static partial Regex Handle();

    [GeneratedRegex(@"\p{Nd}")]
    private static partial Regex Digits();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"\s+([?.!,;:])")]
    private static partial Regex SpaceBeforePunctuation();
}

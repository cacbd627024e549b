using System.Text.RegularExpressions;

namespace CoachBot.Cards.Checks;

/// <summary>
/// The words and emoji that state a status in text, so that a status colour is never the only signal
/// (WCAG 1.4.1). A coloured text or container must contain one of them.
/// </summary>
public static class StatusWords
{
    /// <summary>Status emoji (matched anywhere).</summary>
    public static IReadOnlyList<string> Emoji { get; } = ["✔", "✔", "☑", "❌", "✖", "⚠", "❗", "❕", "⛔", "🚫", "🔴", "🟠", "🟡", "🟢", "ℹ", "⏰", "⏳"];

    /// <summary>Status words (matched as whole words, any case).</summary>
    public static IReadOnlyList<string> Words { get; } =
    [
        "error", "failed", "failure", "warning", "caution", "alert", "important", "attention", "urgent",
        "overdue", "late", "missing", "blocked", "problem", "done", "complete", "completed", "success",
        "succeeded", "ok", "approved", "declined", "rejected", "cancelled", "canceled", "pending", "saved",
        "sent", "on track", "off track", "at risk", "due", "expired", "out of date", "sorry",
    ];

    private static readonly Regex WordPattern = new(
        @"\b(" + string.Join('|', Words.Select(Regex.Escape)) + @")\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant,
        TimeSpan.FromSeconds(1));

    /// <summary>True when <paramref name="text"/> states a status in words or with a status emoji.</summary>
    public static bool StatesStatus(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return false;
        }

        return Emoji.Any(emoji => text.Contains(emoji, StringComparison.Ordinal)) || WordPattern.IsMatch(text);
    }
}

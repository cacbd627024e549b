using System.Diagnostics;
using System.Globalization;

namespace CoachBot.Tests.Dialogs.Recognizers;

/// <summary>Time zones, cultures and input builders the recognizer tests share.</summary>
internal static class RecognizerFixtures
{
    /// <summary>A generous bound: the work is linear and a few milliseconds; this only catches quadratic blow-ups.</summary>
    public static readonly TimeSpan QuickEnough = TimeSpan.FromSeconds(1);

    public static TimeZoneInfo Zone(string ianaId) => TimeZoneInfo.FindSystemTimeZoneById(ianaId);

    public static CultureInfo Culture(string name) => CultureInfo.GetCultureInfo(name);

    public static DateTimeOffset Instant(string iso) => DateTimeOffset.Parse(iso, CultureInfo.InvariantCulture);

    public static DateOnly Day(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static TimeOnly Clock(string hhmm) => TimeOnly.ParseExact(hhmm, "HH:mm", CultureInfo.InvariantCulture);

    /// <summary>10,000 characters of plausible-looking words, so recognizers do real work on them.</summary>
    public static string LongText(string word = "maybe tomorrow ") =>
        string.Concat(Enumerable.Repeat(word, (10_000 / word.Length) + 1))[..10_000];

    /// <summary>Runs <paramref name="action"/> and returns its result, failing when it took longer than <see cref="QuickEnough"/>.</summary>
    public static T Timed<T>(Func<T> action)
    {
        var watch = Stopwatch.StartNew();
        var result = action();
        watch.Stop();
        Assert.True(watch.Elapsed < QuickEnough, $"took {watch.Elapsed.TotalMilliseconds:F0} ms");
        return result;
    }

    /// <summary>Deterministic junk: random mixes of letters, digits, separators, words and odd Unicode.</summary>
    public static IEnumerable<string> Junk(int seed, int count)
    {
        string[] pieces =
        [
            "a", "7", "12", "/", ".", ",", ":", "-", " ", "  ", "pm", "am", "at", "the", "next", "in", "days", "monday",
            "december", "3rd", "yes", "no", "cancel", "twenty", "five", "hundred", "dozen", "😀", "👍", "\u0301",
            "\uD800", "é", "ß", "٣", "１", "\t", "\n", "#", "(", ")", "'", "tomorrow", "noon", "last", "of", "31",
            "2026", "-", "+", "−", "e", "ö", "日本", "\u200D", "\u00A0",
        ];
        var random = new Random(seed);
        for (var i = 0; i < count; i++)
        {
            var length = random.Next(1, 9);
            yield return string.Concat(Enumerable.Range(0, length).Select(_ => pieces[random.Next(pieces.Length)]));
        }
    }
}

using CoachBot.Cards.Views.Roles;
using System.Diagnostics;
using System.Globalization;
using CoachBot.Dialogs.RolesQa;

namespace CoachBot.Bench.RolesQa;

/// <summary>
/// The batch test shared by <c>qa</c> and <c>routing</c>: runs every line, prints each miss as
/// <c>MISS\ttext\texpected\tgot\tband\tconfidence</c>, then <c>median_us: N</c> and last <c>accuracy: C/N (P.P%)</c>.
/// </summary>
internal static class Evaluation
{
    public readonly record struct Verdict(string? TopicId, AnswerBand Band, double Confidence, IReadOnlyList<ScoredTopic> Candidates);

    /// <summary>The flag that also writes every line with its top candidates to standard error.</summary>
    public const string VerboseOption = "--verbose";

    public static void Run(
        IReadOnlyList<(string Text, string Label)> rows,
        Func<string, Verdict> evaluate,
        Func<string, Verdict, bool> isHit,
        TextWriter output,
        TextWriter? verbose = null)
    {
        foreach (var (text, _) in rows)
        {
            evaluate(text); // warm-up: JIT and caches out of the timing
        }

        var times = new double[rows.Count];
        var hits = 0;
        for (var i = 0; i < rows.Count; i++)
        {
            var (text, expected) = rows[i];
            var started = Stopwatch.GetTimestamp();
            var verdict = evaluate(text);
            times[i] = Stopwatch.GetElapsedTime(started).TotalMicroseconds;
            var hit = isHit(expected, verdict);
            verbose?.WriteLine(string.Join('\t',
                hit ? "hit" : "MISS", text, expected, BandName(verdict.Band),
                string.Join("  ", verdict.Candidates.Select(c => string.Create(CultureInfo.InvariantCulture, $"{c.TopicId}={c.Confidence:0.000}")))));
            if (hit)
            {
                hits++;
                continue;
            }

            output.WriteLine(string.Join('\t',
                "MISS", text, expected, verdict.TopicId ?? TopicIds.None, BandName(verdict.Band),
                verdict.Confidence.ToString("0.000", CultureInfo.InvariantCulture)));
        }

        Array.Sort(times);
        var median = times.Length == 0 ? 0
            : times.Length % 2 == 1 ? times[times.Length / 2]
            : (times[(times.Length / 2) - 1] + times[times.Length / 2]) / 2;
        var percent = rows.Count == 0 ? 0 : 100.0 * hits / rows.Count;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"median_us: {median:0.0}"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"accuracy: {hits}/{rows.Count} ({percent:0.0}%)"));
    }

    public static string BandName(AnswerBand band) => band switch
    {
        AnswerBand.Answer => "answer",
        AnswerBand.DidYouMean => "didyoumean",
        _ => "none",
    };
}

using CoachBot.Cards.Views.Roles;
using System.Diagnostics;
using System.Globalization;
using CoachBot.Dialogs.RolesQa;

namespace CoachBot.Bench.RolesQa;

/// <summary>
/// The batch test shared by <c>qa</c> and <c>routing</c>: runs every line once to warm up and once timed, and
/// gives each line's verdict, whether it is a hit and how long it took. Printing the summary is the command's.
/// </summary>
internal static class Evaluation
{
    /// <summary>What the answerer made of one line: its first label, band, confidence, choices and, when it declined, why.</summary>
    public readonly record struct Verdict(
        string? TopicId, AnswerBand Band, double Confidence, IReadOnlyList<ScoredTopic> Candidates, string? Note = null);

    /// <summary>One evaluated line.</summary>
    public sealed record Outcome(LabelledItem Item, Verdict Verdict, bool Hit, double Microseconds);

    /// <summary>The flag that also writes every line with its top candidates to standard error.</summary>
    public const string VerboseOption = "--verbose";

    /// <summary>The flag that prints only the summary lines, not each miss (for the report halves, which are not for tuning).</summary>
    public const string SummaryOption = "--summary";

    public static IReadOnlyList<Outcome> Run(
        IReadOnlyList<LabelledItem> items,
        Func<string, Verdict> evaluate,
        Func<LabelledItem, Verdict, bool> isHit,
        TextWriter? verbose = null)
    {
        foreach (var item in items)
        {
            evaluate(item.Text); // warm-up: JIT and caches out of the timing
        }

        var outcomes = new List<Outcome>(items.Count);
        foreach (var item in items)
        {
            var started = Stopwatch.GetTimestamp();
            var verdict = evaluate(item.Text);
            var microseconds = Stopwatch.GetElapsedTime(started).TotalMicroseconds;
            var hit = isHit(item, verdict);
            outcomes.Add(new Outcome(item, verdict, hit, microseconds));
            verbose?.WriteLine(string.Join('\t',
                hit ? "hit" : "MISS", item.Text, item.Label, item.Kind, BandName(verdict.Band), verdict.Note ?? "",
                string.Join("  ", verdict.Candidates.Select(c => string.Create(CultureInfo.InvariantCulture, $"{c.TopicId}={c.Confidence:0.000}")))));
        }

        return outcomes;
    }

    /// <summary><c>MISS\ttext\texpected\tgot\tband\tconfidence[\tnote]</c></summary>
    public static void PrintMisses(IEnumerable<Outcome> outcomes, TextWriter output)
    {
        foreach (var outcome in outcomes.Where(o => !o.Hit))
        {
            var verdict = outcome.Verdict;
            output.WriteLine(string.Join('\t',
                new[]
                {
                    "MISS", outcome.Item.Text, outcome.Item.Label, verdict.TopicId ?? TopicIds.None, BandName(verdict.Band),
                    verdict.Confidence.ToString("0.000", CultureInfo.InvariantCulture), verdict.Note ?? "",
                }.Where((part, i) => i < 6 || part.Length > 0)));
        }
    }

    /// <summary><c>median_us: N</c> and <c>p99_us: N</c> per line (timed after a warm-up pass).</summary>
    public static void PrintTimes(IReadOnlyList<Outcome> outcomes, TextWriter output)
    {
        var times = outcomes.Select(o => o.Microseconds).Order().ToArray();
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"median_us: {Percentile(times, 0.5):0.0}"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"p99_us: {Percentile(times, 0.99):0.0}"));
    }

    /// <summary>The last line: <c>accuracy: C/N (P.P%)</c>.</summary>
    public static void PrintAccuracy(IReadOnlyList<Outcome> outcomes, TextWriter output) =>
        output.WriteLine($"accuracy: {Share(outcomes.Count(o => o.Hit), outcomes.Count)}");

    /// <summary><c>C/N (P.P%)</c></summary>
    public static string Share(int count, int total) =>
        string.Create(CultureInfo.InvariantCulture, $"{count}/{total} ({(total == 0 ? 0 : 100.0 * count / total):0.0}%)");

    /// <summary>The kinds of <paramref name="outcomes"/> in file order, none when the file has no kind column.</summary>
    public static IEnumerable<IGrouping<string, Outcome>> ByKind(IEnumerable<Outcome> outcomes) =>
        outcomes.Where(o => o.Item.Kind != LabelledItem.NoKind).GroupBy(o => o.Item.Kind, StringComparer.Ordinal);

    public static string BandName(AnswerBand band) => band switch
    {
        AnswerBand.Answer => "answer",
        AnswerBand.DidYouMean => "didyoumean",
        _ => "none",
    };

    /// <summary>Nearest-rank percentile of sorted values.</summary>
    private static double Percentile(double[] sorted, double p) =>
        sorted.Length == 0 ? 0 : sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Length) - 1, 0, sorted.Length - 1)];
}

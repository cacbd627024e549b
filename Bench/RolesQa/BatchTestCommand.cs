using CoachBot.Dialogs.RolesQa;

namespace CoachBot.Bench.RolesQa;

/// <summary>
/// A batch test over a <c>text&lt;TAB&gt;labels[&lt;TAB&gt;kind]</c> file with the shipped (or <c>--knowledge</c>)
/// knowledge: the argument handling and report shared by <c>qa</c> and <c>routing</c>. Prints each miss (unless
/// <c>--summary</c>), the command's summary lines, <c>median_us</c>, <c>p99_us</c> and last <c>accuracy</c>.
/// Exits 0 whatever the score.
/// </summary>
internal abstract class BatchTestCommand : IBenchCommand
{
    public abstract string Name { get; }

    public abstract string Usage { get; }

    public int Run(IReadOnlyList<string> args, TextWriter output, TextWriter error)
    {
        var rest = args.ToList();
        var verbose = rest.Remove(Evaluation.VerboseOption) ? error : null;
        var summaryOnly = rest.Remove(Evaluation.SummaryOption);
        var directory = KnowledgeLocator.Locate(rest, error);
        if (directory is null || rest.Count != 1)
        {
            error.WriteLine($"usage: {Name} {Usage}");
            return CommandDispatcher.UsageError;
        }

        var items = LabelledSet.Read(rest[0], error);
        var answerer = items is null ? null : KnowledgeLocator.LoadAnswerer(directory, error);
        if (items is null || answerer is null)
        {
            return CommandDispatcher.UsageError;
        }

        var outcomes = Evaluation.Run(items, text => Evaluate(answerer, text), IsHit, verbose);
        if (!summaryOnly)
        {
            Evaluation.PrintMisses(outcomes, output);
        }

        Summarise(outcomes, output);
        Evaluation.PrintTimes(outcomes, output);
        Evaluation.PrintAccuracy(outcomes, output);
        return 0;
    }

    /// <summary>The verdict on one line's text.</summary>
    protected abstract Evaluation.Verdict Evaluate(QuestionAnswerer answerer, string text);

    /// <summary>Whether the verdict counts as a hit for the line.</summary>
    protected abstract bool IsHit(LabelledItem item, Evaluation.Verdict verdict);

    /// <summary>The command's own summary lines, printed before the timing and accuracy lines.</summary>
    protected abstract void Summarise(IReadOnlyList<Evaluation.Outcome> outcomes, TextWriter output);
}

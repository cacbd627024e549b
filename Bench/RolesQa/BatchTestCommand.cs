using CoachBot.Dialogs.RolesQa;

namespace CoachBot.Bench.RolesQa;

/// <summary>
/// A batch test over a <c>text&lt;TAB&gt;label</c> file with the shipped (or <c>--knowledge</c>) knowledge:
/// the argument handling and report shared by <c>qa</c> and <c>routing</c>. Exits 0 whatever the score.
/// </summary>
internal abstract class BatchTestCommand : IBenchCommand
{
    public abstract string Name { get; }

    public abstract string Usage { get; }

    public int Run(IReadOnlyList<string> args, TextWriter output, TextWriter error)
    {
        var rest = args.ToList();
        var verbose = rest.Remove(Evaluation.VerboseOption) ? error : null;
        var directory = KnowledgeLocator.Locate(rest, error);
        if (directory is null || rest.Count != 1)
        {
            error.WriteLine($"usage: {Name} {Usage}");
            return CommandDispatcher.UsageError;
        }

        var rows = LabelledSet.Read(rest[0], error);
        var answerer = rows is null ? null : KnowledgeLocator.LoadAnswerer(directory, error);
        if (rows is null || answerer is null)
        {
            return CommandDispatcher.UsageError;
        }

        Evaluation.Run(rows, text => Evaluate(answerer, text), IsHit, output, verbose);
        return 0;
    }

    /// <summary>The verdict on one line's text.</summary>
    protected abstract Evaluation.Verdict Evaluate(QuestionAnswerer answerer, string text);

    /// <summary>Whether the verdict counts as a hit for the line's expected label.</summary>
    protected abstract bool IsHit(string expected, Evaluation.Verdict verdict);
}

using CoachBot.Dialogs.RolesQa;

namespace CoachBot.Bench.RolesQa;

/// <summary><c>qa FILE.tsv</c>: batch-tests the roles Q&amp;A on <c>question&lt;TAB&gt;topic</c> lines (<c>none</c> = out of scope).</summary>
internal sealed class QaCommand : IBenchCommand
{
    public string Name => "qa";

    public string Usage => "FILE.tsv [--knowledge DIR] [--verbose]   batch-test question<TAB>topic lines; prints misses, median_us, accuracy";

    public int Run(IReadOnlyList<string> args, TextWriter output, TextWriter error)
    {
        var rest = args.ToList();
        var verbose = rest.Remove(Evaluation.VerboseOption) ? error : null;
        var directory = KnowledgeLocator.Locate(rest, error);
        if (directory is null || rest.Count != 1)
        {
            error.WriteLine($"usage: qa {Usage}");
            return CommandDispatcher.UsageError;
        }

        var rows = LabelledSet.Read(rest[0], error);
        var answerer = rows is null ? null : KnowledgeLocator.LoadAnswerer(directory, error);
        if (rows is null || answerer is null)
        {
            return CommandDispatcher.UsageError;
        }

        Evaluation.Run(
            rows,
            question =>
            {
                var result = answerer.Answer(question);
                return new Evaluation.Verdict(result.TopicId, result.Band, result.Confidence, result.Candidates);
            },
            (expected, verdict) => expected == TopicIds.None
                ? verdict.Band == AnswerBand.None
                : verdict.Band == AnswerBand.Answer && verdict.TopicId == expected,
            output,
            verbose);
        return 0;
    }
}

using CoachBot.Dialogs.RolesQa;

namespace CoachBot.Bench.RolesQa;

/// <summary><c>routing FILE.tsv</c>: batch-tests routing of <c>request&lt;TAB&gt;role</c> lines over the nine routable roles.</summary>
internal sealed class RoutingCommand : IBenchCommand
{
    public string Name => "routing";

    public string Usage => "FILE.tsv [--knowledge DIR] [--verbose]   batch-test request<TAB>role lines; prints misses, median_us, accuracy";

    public int Run(IReadOnlyList<string> args, TextWriter output, TextWriter error)
    {
        var rest = args.ToList();
        var verbose = rest.Remove(Evaluation.VerboseOption) ? error : null;
        var directory = KnowledgeLocator.Locate(rest, error);
        if (directory is null || rest.Count != 1)
        {
            error.WriteLine($"usage: routing {Usage}");
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
            request =>
            {
                var result = answerer.Route(request, TopicIds.RoutableRoles);
                return new Evaluation.Verdict(result.RoleId, result.Band, result.Confidence, result.Candidates);
            },
            (expected, verdict) => verdict.Band == AnswerBand.Answer && verdict.TopicId == expected,
            output,
            verbose);
        return 0;
    }
}

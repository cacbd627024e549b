using CoachBot.Cards.Views.Roles;
using System.Globalization;
using CoachBot.Dialogs.RolesQa;
using CoachBot.Dialogs.RolesQa.Ranking;

namespace CoachBot.Bench.RolesQa;

/// <summary><c>explain "QUESTION"</c>: shows how a question is analysed and ranked, to see why a knowledge edit helps or hurts.</summary>
internal sealed class ExplainCommand : IBenchCommand
{
    public string Name => "explain";

    public string Usage => "\"QUESTION\" [--knowledge DIR] [--routing]   show the question's terms and the top topics with score, coverage, evidence";

    public int Run(IReadOnlyList<string> args, TextWriter output, TextWriter error)
    {
        var rest = args.ToList();
        var routing = rest.Remove("--routing");
        var directory = KnowledgeLocator.Locate(rest, error);
        if (directory is null || rest.Count != 1)
        {
            error.WriteLine($"usage: explain {Usage}");
            return CommandDispatcher.UsageError;
        }

        var answerer = KnowledgeLocator.LoadAnswerer(directory, error);
        if (answerer is null)
        {
            return CommandDispatcher.UsageError;
        }

        var knowledge = answerer.Knowledge;
        var index = routing
            ? new TopicIndex([.. knowledge.Topics.Where(t => t.Kind == TopicKind.Role)], FieldProfile.Requests)
            : new TopicIndex(knowledge.Topics, FieldProfile.Questions);
        var terms = index.Parse(rest[0]);
        output.WriteLine("terms: " + string.Join("  ", terms.Select(t => string.Create(CultureInfo.InvariantCulture,
            $"{t.Term}{(t.Known ? "" : "?")}{(t.Corrected ? "~" : "")}={t.Weight:0.00}"))));
        foreach (var ranked in index.Rank(terms).Take(6))
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{ranked.Topic.Id,-36} score {ranked.Score,6:0.00}  coverage {ranked.Coverage:0.00}  evidence {ranked.Evidence:0.00}"));
        }

        if (routing)
        {
            var route = answerer.Route(rest[0], TopicIds.RoutableRoles);
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"route: {route.RoleId} {Evaluation.BandName(route.Band)} {route.Confidence:0.000}"));
        }
        else
        {
            var result = answerer.Answer(rest[0]);
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"answer: {result.TopicId} {Evaluation.BandName(result.Band)} {result.Confidence:0.000}"));
        }

        return 0;
    }
}

using CoachBot.Cards.Views.Roles;
using CoachBot.Dialogs.RolesQa;

namespace CoachBot.Bench.RolesQa;

/// <summary>
/// <c>routing FILE.tsv</c>: batch-tests routing of <c>request&lt;TAB&gt;roles[&lt;TAB&gt;kind]</c> lines over the nine
/// routable roles. A hit is the band <c>answer</c> with an accepted role; the summary also gives the top role
/// right whatever the band (what the request form preselects).
/// </summary>
internal sealed class RoutingCommand : BatchTestCommand
{
    public override string Name => "routing";

    public override string Usage =>
        "FILE.tsv [--knowledge DIR] [--summary] [--verbose]   batch-test request<TAB>roles[<TAB>kind] lines; prints misses, shares, median_us, p99_us, accuracy";

    protected override Evaluation.Verdict Evaluate(QuestionAnswerer answerer, string text)
    {
        var result = answerer.Route(text, TopicIds.RoutableRoles);
        return new Evaluation.Verdict(result.RoleId, result.Band, result.Confidence, result.Candidates);
    }

    protected override bool IsHit(LabelledItem item, Evaluation.Verdict verdict) =>
        verdict.Band == AnswerBand.Answer && item.Accepts(verdict.TopicId);

    protected override void Summarise(IReadOnlyList<Evaluation.Outcome> outcomes, TextWriter output)
    {
        output.WriteLine($"requests: {outcomes.Count}");
        output.WriteLine($"top role right: {Evaluation.Share(outcomes.Count(TopRight), outcomes.Count)}");
        output.WriteLine(
            $"read as requests: {Evaluation.Share(outcomes.Count(o => RequestOrQuestion.Classify(o.Item.Text) == MessageIntent.Request), outcomes.Count)}");
        output.WriteLine(
            $"routed outright: {Evaluation.Share(outcomes.Count(o => o.Verdict.Band == AnswerBand.Answer), outcomes.Count)}; "
            + $"did-you-mean {outcomes.Count(o => o.Verdict.Band == AnswerBand.DidYouMean)}, none {outcomes.Count(o => o.Verdict.Band == AnswerBand.None)}");
        output.WriteLine(
            $"accepted role among the top three: {Evaluation.Share(outcomes.Count(o => o.Verdict.Candidates.Any(c => o.Item.Accepts(c.TopicId))), outcomes.Count)}");
        foreach (var kind in Evaluation.ByKind(outcomes))
        {
            var lines = kind.ToList();
            output.WriteLine(
                $"kind {kind.Key}: top role right {Evaluation.Share(lines.Count(TopRight), lines.Count)}; routed right {lines.Count(o => o.Hit)}");
        }
    }

    private static bool TopRight(Evaluation.Outcome outcome) => outcome.Item.Accepts(outcome.Verdict.TopicId);
}

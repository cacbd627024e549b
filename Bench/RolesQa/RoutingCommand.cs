using CoachBot.Cards.Views.Roles;
using CoachBot.Dialogs.RolesQa;

namespace CoachBot.Bench.RolesQa;

/// <summary>
/// <c>routing FILE.tsv</c>: batch-tests routing of <c>request&lt;TAB&gt;role</c> lines over the nine routable
/// roles. A hit is the band <c>answer</c> with the expected role.
/// </summary>
internal sealed class RoutingCommand : BatchTestCommand
{
    public override string Name => "routing";

    public override string Usage => "FILE.tsv [--knowledge DIR] [--verbose]   batch-test request<TAB>role lines; prints misses, median_us, accuracy";

    protected override Evaluation.Verdict Evaluate(QuestionAnswerer answerer, string text)
    {
        var result = answerer.Route(text, TopicIds.RoutableRoles);
        return new Evaluation.Verdict(result.RoleId, result.Band, result.Confidence, result.Candidates);
    }

    protected override bool IsHit(string expected, Evaluation.Verdict verdict) =>
        verdict.Band == AnswerBand.Answer && verdict.TopicId == expected;
}

using CoachBot.Cards.Views.Roles;
using CoachBot.Dialogs.RolesQa;

namespace CoachBot.Bench.RolesQa;

/// <summary>
/// <c>qa FILE.tsv</c>: batch-tests the roles Q&amp;A on <c>question&lt;TAB&gt;topic</c> lines. A hit is the band
/// <c>answer</c> with the expected topic, or for <c>none</c> (out of scope) the band <c>none</c>.
/// </summary>
internal sealed class QaCommand : BatchTestCommand
{
    public override string Name => "qa";

    public override string Usage => "FILE.tsv [--knowledge DIR] [--verbose]   batch-test question<TAB>topic lines; prints misses, median_us, accuracy";

    protected override Evaluation.Verdict Evaluate(QuestionAnswerer answerer, string text)
    {
        var result = answerer.Answer(text);
        return new Evaluation.Verdict(result.TopicId, result.Band, result.Confidence, result.Candidates);
    }

    protected override bool IsHit(string expected, Evaluation.Verdict verdict) =>
        expected == TopicIds.None
            ? verdict.Band == AnswerBand.None
            : verdict.Band == AnswerBand.Answer && verdict.TopicId == expected;
}

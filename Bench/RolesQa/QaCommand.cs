using CoachBot.Cards.Views.Roles;
using CoachBot.Dialogs.RolesQa;

namespace CoachBot.Bench.RolesQa;

/// <summary>
/// <c>qa FILE.tsv</c>: batch-tests the roles Q&amp;A on <c>question&lt;TAB&gt;topics[&lt;TAB&gt;kind]</c> lines. A hit
/// is the band <c>answer</c> with an accepted topic; for <c>none</c> (out of scope) the band <c>none</c>; for a
/// <c>two-topic</c> line also a did-you-mean that offers two of its accepted topics.
/// </summary>
/// <remarks>
/// Summary lines: the in-scope questions answered outright (and with an accepted topic), the right first topics
/// held back (did-you-mean / none), the out-of-scope questions declined and answered (wrongly) with the reasons
/// given for declining, the two-topic questions, and one line per kind.
/// </remarks>
internal sealed class QaCommand : BatchTestCommand
{
    public override string Name => "qa";

    public override string Usage =>
        "FILE.tsv [--knowledge DIR] [--summary] [--verbose]   batch-test question<TAB>topics[<TAB>kind] lines; prints misses, shares, median_us, p99_us, accuracy";

    protected override Evaluation.Verdict Evaluate(QuestionAnswerer answerer, string text)
    {
        var result = answerer.Answer(text);
        return new Evaluation.Verdict(
            result.TopicId, result.Band, result.Confidence, result.Candidates,
            result.DeclineReason == DeclineReason.None ? null : result.DeclineReason.ToString());
    }

    protected override bool IsHit(LabelledItem item, Evaluation.Verdict verdict) =>
        IsOutOfScope(item)
            ? verdict.Band == AnswerBand.None
            : (verdict.Band == AnswerBand.Answer && item.Accepts(verdict.TopicId))
              || (item.Kind == LabelledItem.TwoTopic && OffersTwo(item, verdict));

    protected override void Summarise(IReadOnlyList<Evaluation.Outcome> outcomes, TextWriter output)
    {
        var inScope = outcomes.Where(o => !IsOutOfScope(o.Item)).ToList();
        var outOfScope = outcomes.Where(o => IsOutOfScope(o.Item)).ToList();
        output.WriteLine($"questions: {outcomes.Count} (in scope {inScope.Count}, out of scope {outOfScope.Count})");

        var answered = inScope.Count(o => o.Verdict.Band == AnswerBand.Answer);
        var answeredRight = inScope.Count(AnsweredRight);
        output.WriteLine(
            $"in scope answered outright: {Evaluation.Share(answered, inScope.Count)}; "
            + $"with an accepted topic: {Evaluation.Share(answeredRight, inScope.Count)}; "
            + $"with a wrong topic: {Evaluation.Share(answered - answeredRight, inScope.Count)}");

        var rightFirst = inScope.Where(o => o.Item.Accepts(o.Verdict.TopicId)).ToList();
        var heldBackDidYouMean = rightFirst.Count(o => o.Verdict.Band == AnswerBand.DidYouMean);
        var heldBackNone = rightFirst.Count(o => o.Verdict.Band == AnswerBand.None);
        output.WriteLine(
            $"right first topic held back: {Evaluation.Share(heldBackDidYouMean + heldBackNone, rightFirst.Count)} "
            + $"(did-you-mean {heldBackDidYouMean}, none {heldBackNone}); right first topic in {Evaluation.Share(rightFirst.Count, inScope.Count)} of in-scope");

        var declined = outOfScope.Count(o => o.Verdict.Band == AnswerBand.None);
        var offered = outOfScope.Count(o => o.Verdict.Band == AnswerBand.DidYouMean);
        var answeredWrongly = outOfScope.Count(o => o.Verdict.Band == AnswerBand.Answer);
        output.WriteLine(
            $"out of scope declined: {Evaluation.Share(declined, outOfScope.Count)}; did-you-mean {offered}; "
            + $"answered (wrongly): {Evaluation.Share(answeredWrongly, outOfScope.Count)}");

        var reasons = outOfScope.Where(o => o.Verdict.Band == AnswerBand.None).GroupBy(o => o.Verdict.Note ?? "-").OrderByDescending(g => g.Count());
        output.WriteLine("out of scope declines by reason: " + string.Join(", ", reasons.Select(g => $"{g.Key} {g.Count()}")));
        var askACoach = outOfScope.Where(o => o.Item.Kind is "how-to" or "help-request").ToList();
        if (askACoach.Count > 0)
        {
            output.WriteLine(
                "how-to and help-request declined with \"Ask a coach\": "
                + Evaluation.Share(askACoach.Count(o => o.Verdict.Note is nameof(DeclineReason.HowTo) or nameof(DeclineReason.AsksForHelp)), askACoach.Count));
        }

        var helpRequests = outcomes.Where(o => o.Item.Kind == "help-request").ToList();
        output.WriteLine(
            $"read as requests: help-request {Evaluation.Share(helpRequests.Count(o => RequestOrQuestion.Classify(o.Item.Text) == MessageIntent.Request), helpRequests.Count)}; "
            + $"in-scope questions read as questions {Evaluation.Share(inScope.Count(o => RequestOrQuestion.Classify(o.Item.Text) == MessageIntent.Question), inScope.Count)}");

        var twoTopic = outcomes.Where(o => o.Item.Kind == LabelledItem.TwoTopic).ToList();
        if (twoTopic.Count > 0)
        {
            output.WriteLine(
                $"two-topic right: {Evaluation.Share(twoTopic.Count(o => o.Hit), twoTopic.Count)} "
                + $"(answered with either {twoTopic.Count(AnsweredRight)}, did-you-mean offering both {twoTopic.Count(o => !AnsweredRight(o) && OffersTwo(o.Item, o.Verdict))})");
        }

        foreach (var kind in Evaluation.ByKind(outcomes))
        {
            var lines = kind.ToList();
            output.WriteLine(
                $"kind {kind.Key}: right {Evaluation.Share(lines.Count(o => o.Hit), lines.Count)}; "
                + $"answered {lines.Count(o => o.Verdict.Band == AnswerBand.Answer)}, "
                + $"did-you-mean {lines.Count(o => o.Verdict.Band == AnswerBand.DidYouMean)}, "
                + $"none {lines.Count(o => o.Verdict.Band == AnswerBand.None)}");
        }
    }

    private static bool IsOutOfScope(LabelledItem item) => item.Labels is [TopicIds.None];

    private static bool AnsweredRight(Evaluation.Outcome outcome) =>
        outcome.Verdict.Band == AnswerBand.Answer && outcome.Item.Accepts(outcome.Verdict.TopicId);

    /// <summary>
    /// A did-you-mean that offers two of the line's accepted topics. The labels do not say which topic answers
    /// which half of the question, so any two accepted topics count as "both".
    /// </summary>
    private static bool OffersTwo(LabelledItem item, Evaluation.Verdict verdict) =>
        verdict.Band == AnswerBand.DidYouMean
        && verdict.Candidates.Select(c => c.TopicId).Distinct(StringComparer.Ordinal).Count(item.Accepts) >= 2;
}

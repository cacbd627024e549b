using CoachBot.Dialogs.RolesQa.Ranking;

namespace CoachBot.Dialogs.RolesQa;

/// <summary>
/// Confidence of a ranking: coverage (the share of the question's weight the topic explains, unknown words
/// weighing as much as the rarest) × separation (how clearly it beats the runner-up) × support (enough
/// specific words matched at all).
/// </summary>
internal static class ConfidenceModel
{
    public static double Of(RankedTopic[] ranked, double coverageExponent, int index = 0)
    {
        if (ranked.Length <= index)
        {
            return 0;
        }

        var topic = ranked[index];
        var support = topic.Support;
        var coverage = Math.Pow(topic.Coverage, coverageExponent);
        if (index > 0)
        {
            // a runner-up is scored relative to the winner
            return coverage * support * (topic.Score / ranked[0].Score) * ConfidenceThresholds.TieFloor;
        }

        var runnerUp = ranked.Length > 1 ? ranked[1].Score : 0;
        var margin = 1 - (runnerUp / topic.Score);
        var separation = ConfidenceThresholds.TieFloor
            + ((1 - ConfidenceThresholds.TieFloor) * Math.Min(1.0, margin / ConfidenceThresholds.ClearMargin));
        var confidence = Math.Clamp(coverage * support * separation, 0, 1);
        return topic.Generic ? Math.Min(confidence, ConfidenceThresholds.GenericCeiling) : confidence;
    }

    public static AnswerBand Band(double confidence, double answer, double didYouMean) =>
        confidence >= answer ? AnswerBand.Answer
        : confidence >= didYouMean ? AnswerBand.DidYouMean
        : AnswerBand.None;

    public static ScoredTopic[] Top(RankedTopic[] ranked, double coverageExponent, int count = 3) =>
        [.. ranked.Take(count).Select((r, i) => new ScoredTopic(r.Topic.Id, r.Topic.Title, Math.Round(Of(ranked, coverageExponent, i), 4)))];
}

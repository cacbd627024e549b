namespace CoachBot.Dialogs.RolesQa;

/// <summary>
/// Where confidence turns into bands, and the constants of the confidence formula. Chosen from measurements on
/// the development question and request sets (see Bench <c>qa</c> / <c>routing</c>); the held-out sets in
/// Tests/RolesQa/Data check they carry over to new phrasings.
/// </summary>
public static class ConfidenceThresholds
{
    /// <summary>A question at or above this confidence gets the answer card.</summary>
    public const double Answer = 0.45;

    /// <summary>Between this and <see cref="Answer"/>: "did you mean ...?" with the top three topics. Below: out of scope.</summary>
    public const double DidYouMean = 0.4;

    /// <summary>A request at or above this confidence is routed straight to the role.</summary>
    public const double RouteAnswer = 0.3;

    /// <summary>Between this and <see cref="RouteAnswer"/>: the teacher picks among the top roles. Below: ask which role.</summary>
    public const double RouteDidYouMean = 0.1;

    /// <summary>
    /// Explained question weight (sum of idf of the matched words) at which a match counts as fully supported;
    /// below it confidence is scaled down, so a question of only generic words ("what does a coach do") is never a sure answer.
    /// </summary>
    public const double FullEvidence = 2.0;

    /// <summary>
    /// The least support of a question whose words are all known to the knowledge, one of them a topic word:
    /// generic but in scope, so it reaches "did you mean" rather than "none".
    /// </summary>
    public const double InDomainSupportFloor = 0.7;

    /// <summary>
    /// The most confidence a question held up only by <see cref="InDomainSupportFloor"/> can reach: "did you
    /// mean", never a sure answer ("how do coaches work with teachers?" fits several roles).
    /// </summary>
    public const double GenericCeiling = (DidYouMean + Answer) / 2;

    /// <summary>Relative score lead over the runner-up at which the winner counts as clear (no ambiguity penalty).</summary>
    public const double ClearMargin = 0.25;

    /// <summary>The share of confidence kept when the top two topics tie exactly.</summary>
    public const double TieFloor = 0.7;
}

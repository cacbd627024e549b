namespace CoachBot.Dialogs.RolesQa;

/// <summary>The answerer's verdict on one question.</summary>
public sealed record QaResult
{
    /// <summary>
    /// The best-ranked topic, or null when nothing in the knowledge matched at all. It is set in every band (for
    /// diagnostics and the "did you mean" choices): only <see cref="AnswerBand.Answer"/> means "show this answer".
    /// </summary>
    public KnowledgeTopic? Topic { get; init; }

    /// <summary>The best topic's id, or null.</summary>
    public string? TopicId => Topic?.Id;

    /// <summary>0..1: how well the best topic explains the question and how clearly it beats the runner-up.</summary>
    public double Confidence { get; init; }

    public AnswerBand Band { get; init; }

    /// <summary>Up to three best topics, best first (the "did you mean" choices).</summary>
    public IReadOnlyList<ScoredTopic> Candidates { get; init; } = [];

    /// <summary>How the previous answer's topic was used; <see cref="FollowUpKind.None"/> for a fresh question.</summary>
    public FollowUpKind FollowUp { get; init; }

    /// <summary>True when the question was understood in the context of the previous answer.</summary>
    public bool IsFollowUp => FollowUp != FollowUpKind.None;

    /// <summary>In the band <see cref="AnswerBand.None"/>: why the question was declined; otherwise <see cref="RolesQa.DeclineReason.None"/>.</summary>
    public DeclineReason DeclineReason { get; init; }

    /// <summary>True when the decline should offer "Ask a coach about this": a product how-to or a request for help.</summary>
    public bool OffersAskACoach => DeclineReason is DeclineReason.HowTo or DeclineReason.AsksForHelp;
}

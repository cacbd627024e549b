namespace CoachBot.Dialogs.RolesQa;

/// <summary>Where a free-text request should go among the candidate roles.</summary>
public sealed record RouteResult
{
    /// <summary>The best-fitting candidate role, or null when the text matched none of them.</summary>
    public string? RoleId { get; init; }

    /// <summary>0..1 confidence in <see cref="RoleId"/>.</summary>
    public double Confidence { get; init; }

    /// <summary><see cref="AnswerBand.Answer"/>: route it; <see cref="AnswerBand.DidYouMean"/>: let the teacher pick among <see cref="Candidates"/>; <see cref="AnswerBand.None"/>: ask which role.</summary>
    public AnswerBand Band { get; init; }

    /// <summary>Up to three best candidate roles, best first.</summary>
    public IReadOnlyList<ScoredTopic> Candidates { get; init; } = [];
}

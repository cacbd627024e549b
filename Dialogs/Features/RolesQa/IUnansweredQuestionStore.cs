using CoachBot.Cards.Views.Roles;

namespace CoachBot.Dialogs.Features.RolesQa;

/// <summary>
/// The questions the roles Q&amp;A answered with "I'm not sure", one row per time asked, for the <c>qa report</c>. Holds no
/// user id and no chat: only the question, already cleaned (<see cref="UnansweredQuestion"/>), and when it was asked.
/// Rows older than <c>Privacy:KeepUnansweredDays</c> are deleted.
/// </summary>
public interface IUnansweredQuestionStore
{
    /// <summary>
    /// Keeps one asking of <paramref name="question"/>, deletes what was asked before <paramref name="forgetBefore"/>, and
    /// returns when the oldest question still kept was asked (when the next one is due to be deleted).
    /// </summary>
    Task<DateTimeOffset?> AddAsync(UnansweredQuestion question, DateTimeOffset askedAt, DateTimeOffset forgetBefore, CancellationToken cancellationToken);

    /// <summary>Deletes what was asked before <paramref name="forgetBefore"/>; returns how many and when the oldest question left was asked.</summary>
    Task<(int Deleted, DateTimeOffset? Oldest)> PurgeAsync(DateTimeOffset forgetBefore, CancellationToken cancellationToken);

    /// <summary>The questions asked at least <paramref name="minAsks"/> times, most asked first (then the most recent), at most <paramref name="max"/>.</summary>
    Task<IReadOnlyList<QaReportQuestion>> MostAskedAsync(int minAsks, int max, CancellationToken cancellationToken);
}

using CoachBot.Cards.Views.Roles;

namespace CoachBot.Dialogs.Features.RolesQa;

/// <summary>
/// The roles Q&amp;A's count of answers given and of their 👍 / 👎, per topic and day, and for each answer card (for a while)
/// which topic it showed and in which chat, so a rating is counted for the right topic and only from that chat. Holds no
/// user id and no words anyone typed: a chat is kept as a one-way hash of its id.
/// </summary>
public interface IAnswerStatsStore
{
    /// <summary>
    /// Counts an answer card sent. It is queued to share the turn's own commit (the turn does not wait for a commit of its
    /// own), and a failure is logged, never thrown. Answer cards from before <paramref name="forgetCardsBefore"/> may be
    /// forgotten meanwhile (their ratings are no longer accepted; the counts stay).
    /// </summary>
    void RecordAnswer(AnsweredCard card, DateTimeOffset forgetCardsBefore);

    /// <summary>The answer card <paramref name="cardId"/>, or null when it is unknown or forgotten.</summary>
    Task<AnsweredCard?> FindAnswerAsync(string cardId, CancellationToken cancellationToken);

    /// <summary>Counts a rating of the answer card <paramref name="cardId"/> on its topic, on the day of <paramref name="at"/>.</summary>
    Task RecordVoteAsync(string cardId, string topicId, bool helpful, DateTimeOffset at, CancellationToken cancellationToken);

    /// <summary>Every topic with an answer or a rating: its totals and the first day counted.</summary>
    Task<IReadOnlyList<TopicStats>> TopicStatsAsync(CancellationToken cancellationToken);
}

/// <summary>An answer card: its instance id, its topic, the hash of its chat (<see cref="AnswerLearning.ChatKey"/>), when it was sent and how often it was rated.</summary>
public sealed record AnsweredCard(string CardId, string TopicId, string Chat, DateTimeOffset At, int Votes = 0);

/// <summary>A topic's totals: answers given, 👍, 👎, and the first day (UTC) anything was counted for it.</summary>
public sealed record TopicStats(string TopicId, int Answers, int Helpful, int NotHelpful, DateOnly FirstDay);

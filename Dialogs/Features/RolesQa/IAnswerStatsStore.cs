namespace CoachBot.Dialogs.Features.RolesQa;

/// <summary>
/// The roles Q&amp;A's count of answers given and of their 👍 / 👎, per topic and UTC day, and the key that signs the rating
/// buttons (so a rating is counted only for the topic CoachBot showed, in the chat it showed it). Holds no user id, no chat
/// and no words anyone typed.
/// </summary>
public interface IAnswerStatsStore
{
    /// <summary>
    /// Counts an answer given on <paramref name="topicId"/> at <paramref name="at"/>. Never waits and never throws: counts are
    /// gathered in memory and saved every few seconds (and before a report reads them, and when CoachBot stops), so a turn
    /// pays no write for it; a crash loses at most those seconds of counts.
    /// </summary>
    void RecordAnswer(string topicId, DateTimeOffset at);

    /// <summary>Counts a rating of an answer on <paramref name="topicId"/>, on the day of <paramref name="at"/> (saved before it returns).</summary>
    Task RecordVoteAsync(string topicId, bool helpful, DateTimeOffset at, CancellationToken cancellationToken);

    /// <summary>Every topic with an answer or a rating: its totals and the first day counted (counts gathered so far included).</summary>
    Task<IReadOnlyList<TopicStats>> TopicStatsAsync(CancellationToken cancellationToken);

    /// <summary>This installation's secret key for signing rating buttons (made once, kept in the database).</summary>
    ValueTask<byte[]> SigningKeyAsync(CancellationToken cancellationToken);
}

/// <summary>A topic's totals: answers given, 👍, 👎, and the first day (UTC) anything was counted for it.</summary>
public sealed record TopicStats(string TopicId, int Answers, int Helpful, int NotHelpful, DateOnly FirstDay);

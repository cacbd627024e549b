using CoachBot.Cards.Views.Roles;
using CoachBot.Dialogs.Engine;
using CoachBot.Dialogs.School;
using Microsoft.Extensions.Logging;

namespace CoachBot.Dialogs.Features.RolesQa;

/// <summary>
/// <c>qa report</c> (lead coaches and admins, sent privately): per topic the answers given and their 👍 / 👎, and the questions
/// that got "I'm not sure" most often (asked at least <see cref="MinAsks"/> times within <c>Privacy:KeepUnansweredDays</c>),
/// for whoever keeps <c>Bot/Knowledge</c> up to date. Questions older than that are deleted first.
/// </summary>
public sealed class QaReportCommand(AnswerLearning learning, RosterPolicy roster, ILogger<QaReportCommand> logger) : IChatCommand
{
    public const string Name = "qa report";

    /// <summary>A question shows once it was asked this many times.</summary>
    public const int MinAsks = 3;

    /// <summary>At most this many questions are shown.</summary>
    public const int MaxQuestions = 10;

    public const string OnlyLeadsAndAdmins = "Only lead coaches and admins can see the Q&A report.";

    public async Task RunAsync(DialogContext context, string arguments, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var roles = await roster.GetRolesAsync(context.Input.User.AadObjectId, cancellationToken);
        if (!roles.Has(CoachingRole.LeadCoach) && !roles.Has(CoachingRole.Admin))
        {
            context.Reply(OnlyLeadsAndAdmins);
            return;
        }

        var keep = learning.KeepDays;
        var now = context.Input.Now;
        var (deleted, _) = await learning.Unanswered.PurgeAsync(keep > 0 ? now.AddDays(-keep) : DateTimeOffset.MaxValue, cancellationToken);
        if (deleted > 0)
        {
            RolesQaLog.UnansweredPurged(logger, deleted, keep);
        }

        var questions = keep > 0 ? await learning.Unanswered.MostAskedAsync(MinAsks, MaxQuestions, cancellationToken) : [];
        var stats = await learning.Stats.TopicStatsAsync(cancellationToken);
        var knowledge = learning.Answers.Knowledge;
        var topics = stats
            .Select(s => new QaReportTopic(s.TopicId, knowledge.TryGetTopic(s.TopicId, out var topic) ? topic.Title : s.TopicId, s.Answers, s.Helpful, s.NotHelpful))
            .OrderByDescending(t => t.Answers)
            .ThenByDescending(t => t.Helpful + t.NotHelpful)
            .ThenBy(t => t.Title, StringComparer.Ordinal)
            .ToList();
        DateOnly? since = stats.Count == 0 ? null : stats.Min(s => s.FirstDay);
        RolesQaLog.ReportShown(logger, topics.Count, questions.Count);
        context.Reply(QaReportCard.Create(new QaReportCardModel(topics, questions, since, keep, MinAsks), context.NewCardId()));
    }
}

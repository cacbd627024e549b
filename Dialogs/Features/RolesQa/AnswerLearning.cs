using System.Security.Cryptography;
using System.Text;
using CoachBot.Cards;
using CoachBot.Cards.Views.Roles;
using CoachBot.Dialogs.Engine;
using CoachBot.Dialogs.RolesQa;
using CoachBot.Dialogs.School;
using CoachBot.Dialogs.Scheduling;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CoachBot.Dialogs.Features.RolesQa;

/// <summary>
/// The roles Q&amp;A's conversation with one person, beyond the ranking: shows an answer card and counts it (and remembers
/// the topic, for "tell me more"), shows what "tell me more" adds and then that nothing is left, never the same card twice,
/// and keeps the questions it was not sure about, anonymously, for <c>qa report</c>.
/// </summary>
public sealed class AnswerLearning(
    RoleAnswers answers,
    IAnswerStatsStore stats,
    IUnansweredQuestionStore unanswered,
    IJobScheduler jobs,
    IOptions<PrivacyOptions> privacy,
    ILogger<AnswerLearning> logger)
{
    /// <summary>How long after an answer its card can be rated.</summary>
    public static readonly TimeSpan RatingWindow = TimeSpan.FromDays(30);

    /// <summary>What "more" answers once everything about <paramref name="title"/> was shown.</summary>
    public static string AlreadyShownEverything(string title) =>
        $"I've already shown you everything I have on {title}. Pick a related topic on the card above, ask me about another role, or type **roles** to see all ten.";

    /// <summary>What "tell me more" answers when no answer was shown here yet.</summary>
    public const string MoreOfWhat =
        "Tell you more about what? Ask me about a coaching role first, for example **what does a mentor do?**, then say **tell me more**.";

    public RoleAnswers Answers => answers;

    public IAnswerStatsStore Stats => stats;

    public IUnansweredQuestionStore Unanswered => unanswered;

    /// <summary>Days questions are kept (<c>Privacy:KeepUnansweredDays</c>).</summary>
    public int KeepDays => privacy.Value.KeepUnansweredDays;

    /// <summary>
    /// The answer card on <paramref name="topic"/> with "Was this helpful?", counted as an answer given; the topic becomes the
    /// one "tell me more" continues. The caller shows it (a reply, or in place of a did-you-mean card).
    /// </summary>
    public async Task<RenderedCard> AnswerAsync(DialogContext context, KnowledgeTopic topic, string? question, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(topic);
        var cardId = context.NewCardId();
        var now = context.Input.Now;
        var rating = await StampAsync(cardId, topic.Id, now.ToUnixTimeSeconds(), context.Input.ConversationId, cancellationToken);
        var card = answers.AnswerCard(topic, cardId, question, AnswerFeedback.Ask, rating);
        stats.RecordAnswer(topic.Id, now);
        context.State.LastTopicId = topic.Id;
        context.State.LastTopicDepth = 0;
        return card;
    }

    /// <summary>
    /// True when <paramref name="signature"/> is CoachBot's for the answer card <paramref name="cardId"/> on
    /// <paramref name="topicId"/>, given at <paramref name="at"/> in the conversation <paramref name="conversationId"/>.
    /// </summary>
    public async Task<bool> IsSignedAsync(string cardId, string topicId, long at, string conversationId, string signature, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(signature);
        var expected = await StampAsync(cardId, topicId, at, conversationId, cancellationToken);
        return CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(expected.Signature), Encoding.ASCII.GetBytes(signature));
    }

    /// <summary>
    /// "Tell me more" about <paramref name="topic"/> (the last answer here): first what its answer card did not show, then
    /// that nothing is left with the related topics, then a short note; never the same card twice.
    /// </summary>
    public void More(DialogContext context, KnowledgeTopic topic)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(topic);
        var depth = context.State.LastTopicId == topic.Id ? context.State.LastTopicDepth : 0;
        context.State.LastTopicId = topic.Id;
        var more = answers.More(topic);
        if (depth == 0 && more.HasMore)
        {
            context.Reply(RoleMoreCard.Create(more, context.NewCardId()));
            context.State.LastTopicDepth = 1;
        }
        else if (depth <= 1)
        {
            context.Reply(RoleMoreCard.NothingMore(more, context.NewCardId()));
            context.State.LastTopicDepth = 2;
        }
        else
        {
            context.Reply(AlreadyShownEverything(topic.Title));
        }
    }

    /// <summary>
    /// "I'm not sure": answers <paramref name="text"/> with what CoachBot can do, and keeps the question (cleaned, without
    /// who asked) for <c>Privacy:KeepUnansweredDays</c> when it reads as a question (not "hi" or "thanks").
    /// </summary>
    public async Task NotSureAsync(DialogContext context, string text, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Reply(RolesQaMessages.OutOfScope);
        var keep = KeepDays;
        if (keep <= 0 || RequestOrQuestion.Classify(text) != MessageIntent.Question || UnansweredQuestion.From(text) is not { } question)
        {
            return;
        }

        var now = context.Input.Now;
        var until = now.AddDays(keep);
        var oldest = await unanswered.AddAsync(question, now, now.AddDays(-keep), cancellationToken);
        RolesQaLog.UnansweredKept(logger, question.Text.Length, until);
        if (oldest is { } first)
        {
            await jobs.ScheduleAsync(UnansweredPurgeJob.JobKind, "{}", first.AddDays(keep), UnansweredPurgeJob.JobKind, cancellationToken);
        }
    }

    /// <summary>The rating stamp of an answer card: when it was given and an HMAC-SHA256 (128 bits) of card, topic, time and chat.</summary>
    private async Task<RatingStamp> StampAsync(string cardId, string topicId, long at, string conversationId, CancellationToken cancellationToken)
    {
        var key = await stats.SigningKeyAsync(cancellationToken);
        var signed = Encoding.UTF8.GetBytes(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{cardId}\n{topicId}\n{at}\n{conversationId}"));
        return new RatingStamp(at, System.Buffers.Text.Base64Url.EncodeToString(HMACSHA256.HashData(key, signed).AsSpan(0, 16)));
    }
}

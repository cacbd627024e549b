using CoachBot.Cards.Actions;
using CoachBot.Cards.Views.Roles;
using CoachBot.Dialogs.Engine;
using Microsoft.Extensions.Logging;

namespace CoachBot.Dialogs.Features.RolesQa;

/// <summary>
/// <c>roles.vote</c>: "Was this helpful?" 👍 / 👎 on an answer card. Counted once per person and card, for the topic the card
/// showed and only from the chat the card is in, within <see cref="AnswerLearning.RatingWindow"/>: the button carries CoachBot's
/// signature over the card, topic, time and chat, so a button made up or copied elsewhere counts nothing. In a personal chat the
/// same card comes back with "Thanks" in place of the buttons; in a group chat or channel the card stays as it is for the
/// others to rate, and the person sees "Thanks" under it. Anything else (a card of another chat, an old or forged button, a
/// second rating) gets a friendly sentence.
/// </summary>
public sealed class RolesVoteVerb(AnswerLearning learning, ILogger<RolesVoteVerb> logger) : ICardActionHandler
{
    /// <summary>Cards remembered per person and chat as rated (the newest; with the rating window this is one rating each in practice).</summary>
    public const int MaxRatedCardsKept = 50;

    public const string ThanksText = "Thanks — your rating is counted. It helps improve these answers.";

    public const string AlreadyRatedText = "You've already rated this answer — thanks! Each answer can be rated once.";

    public const string OtherChatText = "That card isn't an answer I gave in this chat, so I can't count a rating from it here.";

    public const string TooOldText = "That answer is too old to rate now. Ask me again and rate the new answer.";

    public string Verb => RoleVotePayload.VerbName;

    public async Task HandleAsync(DialogContext context, CardActionInput action, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(action);
        var read = CardActionPayload.Read<RoleVotePayload>(action.Data);
        if (read.Payload is not { } payload || read.CardId is not { } cardId)
        {
            Refuse(context, DialogEngineTexts.OutOfDate, read.Status == CardActionReadStatus.OtherVersion ? "another card version" : "unreadable button");
            return;
        }

        if (!await learning.IsSignedAsync(cardId, payload.TopicId, payload.At, context.Input.ConversationId, payload.Sig, cancellationToken))
        {
            Refuse(context, OtherChatText, "not signed for this card, topic and chat");
            return;
        }

        if (!learning.Answers.Knowledge.TryGetTopic(payload.TopicId, out var topic))
        {
            Refuse(context, DialogEngineTexts.OutOfDate, "topic no longer in the knowledge");
            return;
        }

        if (context.Input.Now - DateTimeOffset.FromUnixTimeSeconds(payload.At) > AnswerLearning.RatingWindow)
        {
            Refuse(context, TooOldText, "answer too old");
            return;
        }

        var rated = context.State.RatedCards ??= [];
        if (rated.Contains(cardId, StringComparer.Ordinal))
        {
            Refuse(context, AlreadyRatedText, "already rated");
            return;
        }

        await learning.Stats.RecordVoteAsync(topic.Id, payload.Helpful, context.Input.Now, cancellationToken);
        rated.Add(cardId);
        if (rated.Count > MaxRatedCardsKept)
        {
            rated.RemoveRange(0, rated.Count - MaxRatedCardsKept);
        }

        RolesQaLog.Rated(logger, topic.Id, payload.Helpful ? "helpful" : "not helpful");
        if (action.IsInvoke && !context.Input.IsShared)
        {
            context.SetInvokeReply(new InvokeReply.ReplaceCard(learning.Answers.AnswerCard(topic, cardId, payload.Question, AnswerFeedback.Thanks)));
            return;
        }

        DialogEngine.Answer(context, ThanksText);
    }

    private void Refuse(DialogContext context, string text, string reason)
    {
        RolesQaLog.RatingRefused(logger, reason);
        DialogEngine.Answer(context, text);
    }
}

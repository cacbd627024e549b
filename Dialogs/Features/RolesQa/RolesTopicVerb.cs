using CoachBot.Cards.Actions;
using CoachBot.Cards.Views.Roles;
using CoachBot.Dialogs.Engine;

namespace CoachBot.Dialogs.Features.RolesQa;

/// <summary>
/// <c>roles.topic</c>: a topic button. Chosen on a did-you-mean card, the answer replaces that card in place;
/// a related-topic button (or one of the roles on the <c>roles</c> card) posts the new answer below it, keeping the first one
/// readable. Either way "tell me more" then continues from the new topic.
/// </summary>
public sealed class RolesTopicVerb(AnswerLearning learning) : ICardActionHandler
{
    public string Verb => RoleTopicPayload.VerbName;

    public async Task HandleAsync(DialogContext context, CardActionInput action, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(action);
        var read = CardActionPayload.Read<RoleTopicPayload>(action.Data);
        if (read.Payload is not { } payload || !learning.Answers.Knowledge.TryGetTopic(payload.TopicId, out var topic))
        {
            DialogEngine.Answer(context, DialogEngineTexts.OutOfDate);
            return;
        }

        var pressedCard = read.CardId is { } cardId ? await context.Cards.FindAsync(cardId, cancellationToken) : null;
        var card = await learning.AnswerAsync(context, topic, question: null, cancellationToken);
        if (action.IsInvoke && pressedCard?.Kind == DidYouMeanCard.Kind)
        {
            context.SetInvokeReply(new InvokeReply.ReplaceCard(card));
            return;
        }

        context.Reply(card);
        if (action.IsInvoke)
        {
            context.SetInvokeReply(new InvokeReply.Message($"Here's {topic.Title}."));
        }
    }
}

using CoachBot.Cards.Actions;
using CoachBot.Cards.Views.Roles;
using CoachBot.Dialogs.Engine;

namespace CoachBot.Dialogs.Features.RolesQa;

/// <summary>
/// <c>roles.topic</c>: a topic button. Chosen on a did-you-mean card, the answer replaces that card in place;
/// a related-topic button on an answer card posts the new answer below it, keeping the first one readable.
/// </summary>
public sealed class RolesTopicVerb(RoleAnswers answers) : ICardActionHandler
{
    public string Verb => RoleTopicPayload.VerbName;

    public async Task HandleAsync(DialogContext context, CardActionInput action, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(action);
        var read = CardActionPayload.Read<RoleTopicPayload>(action.Data);
        if (read.Payload is not { } payload || !answers.Answerer.Knowledge.TryGetTopic(payload.TopicId, out var topic))
        {
            DialogEngine.Answer(context, DialogEngineTexts.OutOfDate);
            return;
        }

        context.State.LastTopicId = topic.Id;
        var pressedCard = read.CardId is { } cardId ? await context.Cards.FindAsync(cardId, cancellationToken) : null;
        var card = answers.AnswerCard(topic, context.NewCardId());
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

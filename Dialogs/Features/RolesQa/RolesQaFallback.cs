using CoachBot.Dialogs.Engine;
using CoachBot.Dialogs.Features.Requests;
using CoachBot.Dialogs.RolesQa;

namespace CoachBot.Dialogs.Features.RolesQa;

/// <summary>
/// Any message that is no command and no dialog's answer: a request for support ("I need help with Padlet for my class",
/// decided by <see cref="RequestOrQuestion"/>) opens the request form with it; anything else is a question for the roles
/// Q&amp;A: a confident match gets the answer card, a middling one the did-you-mean card, anything else the friendly reply
/// that says what CoachBot can do (and the question is kept, anonymously, for <c>qa report</c>). The last answered topic is
/// remembered per user and conversation, so "tell me more", "what about in 2013?" and "and the mentor?" follow on from it;
/// "tell me more" (or "more", "why?") adds only what the answer card did not show.
/// </summary>
public sealed class RolesQaFallback(AnswerLearning learning) : IFallbackHandler
{
    public async Task HandleAsync(DialogContext context, string text, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var intent = RequestOrQuestion.Classify(text);
        if (intent == MessageIntent.Request
            && await context.RunCommandAsync($"{RequestSupportCommand.Name}: {text}", cancellationToken))
        {
            return;
        }

        if (context.State.LastTopicId is null && FollowUpResolver.IsMore(FollowUpResolver.Words(text)))
        {
            context.Reply(AnswerLearning.MoreOfWhat);
            return;
        }

        var result = learning.Answers.Answerer.Answer(text, context.State.LastTopicId, intent);
        switch (result.Band)
        {
            case AnswerBand.Answer when result.Topic is { } topic && result.FollowUp == FollowUpKind.More:
                learning.More(context, topic);
                break;
            case AnswerBand.Answer when result.Topic is { } topic:
                context.Reply(await learning.AnswerAsync(context, topic, result.FollowUp == FollowUpKind.None ? text : null, cancellationToken));
                break;
            case AnswerBand.DidYouMean when result.Candidates.Count > 0:
                context.Reply(RoleAnswers.DidYouMeanCard(text, result, context.NewCardId()));
                break;
            default:
                await learning.NotSureAsync(context, text, cancellationToken);
                break;
        }
    }
}

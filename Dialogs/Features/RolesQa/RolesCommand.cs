using CoachBot.Cards.Views.Roles;
using CoachBot.Dialogs.Engine;

namespace CoachBot.Dialogs.Features.RolesQa;

/// <summary><c>roles</c>: the ten roles of a technology integration coach (the 2014 overview).</summary>
public sealed class RolesCommand(RoleAnswers answers) : IChatCommand
{
    public Task RunAsync(DialogContext context, string arguments, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var topic = answers.Answerer.Knowledge.GetTopic(TopicIds.Roles2014);
        context.Reply(answers.AnswerCard(topic, context.NewCardId()));
        context.State.LastTopicId = topic.Id;
        return Task.CompletedTask;
    }
}

using CoachBot.Cards.Views.Roles;
using CoachBot.Dialogs.Engine;

namespace CoachBot.Dialogs.Features.RolesQa;

/// <summary><c>roles</c>: the ten roles of a technology integration coach (the 2014 overview), one button per role.</summary>
public sealed class RolesCommand(AnswerLearning learning) : IChatCommand
{
    public async Task RunAsync(DialogContext context, string arguments, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var topic = learning.Answers.Knowledge.GetTopic(TopicIds.Roles2014);
        context.Reply(await learning.AnswerAsync(context, topic, question: null, cancellationToken));
    }
}

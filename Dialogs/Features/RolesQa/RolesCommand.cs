using CoachBot.Dialogs.Engine;

namespace CoachBot.Dialogs.Features.RolesQa;

/// <summary><c>roles</c>: the ten roles of a technology integration coach (the 2014 overview).</summary>
public sealed class RolesCommand(RoleAnswers answers) : IChatCommand
{
    public const string OverviewTopicId = "overview.roles-2014";

    public string Name => "roles";

    public IReadOnlyList<string> Aliases { get; } = ["coach roles"];

    public string? RequiredRole => null;

    public Task RunAsync(DialogContext context, string arguments, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var topic = answers.Answerer.Knowledge.GetTopic(OverviewTopicId);
        context.Reply(answers.AnswerCard(topic, context.NewCardId()));
        context.State.LastTopicId = topic.Id;
        return Task.CompletedTask;
    }
}

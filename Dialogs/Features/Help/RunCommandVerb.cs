using CoachBot.Cards.Actions;
using CoachBot.Dialogs.Engine;

namespace CoachBot.Dialogs.Features.Help;

/// <summary><c>command.run</c>: a card button that runs a chat command as if it were typed.</summary>
public sealed class RunCommandVerb : ICardActionHandler
{
    public string Verb => ActionVerbs.CommandRun;

    public async Task HandleAsync(DialogContext context, CardActionInput action, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(action);
        var read = CardActionPayload.Read<RunCommandPayload>(action.Data);
        if (read.Payload is not { } payload || !await context.RunCommandAsync(payload.Command, cancellationToken))
        {
            DialogEngine.Answer(context, DialogEngineTexts.OutOfDate);
            return;
        }

        if (action.IsInvoke && context.InvokeReply is null)
        {
            context.SetInvokeReply(new InvokeReply.Message($"OK — \"{payload.Command}\"."));
        }
    }
}

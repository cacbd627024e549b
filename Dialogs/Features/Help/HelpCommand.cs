using CoachBot.Cards.Views;
using CoachBot.Dialogs.Engine;

namespace CoachBot.Dialogs.Features.Help;

/// <summary><c>help</c>: what CoachBot does for the user's roles, as a card with buttons.</summary>
public sealed class HelpCommand(HelpContent content) : IChatCommand
{
    public async Task RunAsync(DialogContext context, string arguments, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Reply(HelpCard.Create(await content.HelpAsync(context.Input, cancellationToken), context.NewCardId()));
    }
}

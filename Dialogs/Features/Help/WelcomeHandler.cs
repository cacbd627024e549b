using CoachBot.Cards.Views;
using CoachBot.Dialogs.Engine;

namespace CoachBot.Dialogs.Features.Help;

/// <summary>Greets a conversation CoachBot was added to with the welcome card.</summary>
public sealed class WelcomeHandler(HelpContent content) : IWelcomeHandler
{
    public async Task WelcomeAsync(DialogContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Reply(WelcomeCard.Create(await content.WelcomeAsync(context.Input, cancellationToken), context.NewCardId()));
    }
}

using CoachBot.Cards.Views;
using CoachBot.Dialogs.Engine;

namespace CoachBot.Dialogs.Features.Help;

/// <summary>Greets a conversation CoachBot was added to with the welcome card.</summary>
public sealed class WelcomeHandler : IWelcomeHandler
{
    public Task WelcomeAsync(DialogContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var personal = context.Input.Scope == ConversationScope.Personal;
        context.Reply(WelcomeCard.Create(new WelcomeCardModel(personal ? context.Input.User.Name : null, personal), context.NewCardId()));
        return Task.CompletedTask;
    }
}

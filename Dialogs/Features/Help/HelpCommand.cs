using CoachBot.Cards.Views;
using CoachBot.Dialogs.Engine;

namespace CoachBot.Dialogs.Features.Help;

/// <summary><c>help</c>: what CoachBot does for teachers and for coaches, as a card with buttons.</summary>
public sealed class HelpCommand : IChatCommand
{
    public string Name => Commands.Help;

    public IReadOnlyList<string> Aliases { get; } = ["commands", "what can you do"];

    public string? RequiredRole => null;

    public Task RunAsync(DialogContext context, string arguments, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Reply(HelpCard.Create(new HelpCardModel(context.Input.Scope == ConversationScope.Personal), context.NewCardId()));
        return Task.CompletedTask;
    }
}

using CoachBot.Cards.Actions;
using CoachBot.Dialogs.Engine;

namespace CoachBot.Dialogs.Features.RolesQa;

/// <summary><c>roles.none</c>: none of the suggested topics fitted.</summary>
public sealed class RolesNoneVerb : ICardActionHandler
{
    internal const string Text =
        "OK — none of those. Try asking in other words, for example **what does a mentor do?**, or type **roles** to see the ten coach roles.";

    public string Verb => ActionVerbs.RolesNone;

    public Task HandleAsync(DialogContext context, CardActionInput action, CancellationToken cancellationToken)
    {
        DialogEngine.Answer(context, Text);
        return Task.CompletedTask;
    }
}

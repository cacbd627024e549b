using CoachBot.Cards.Actions;
using CoachBot.Dialogs.Engine;

namespace CoachBot.Dialogs.Features.RolesQa;

/// <summary>
/// <c>support.ask</c>: "Ask a coach about this" on an answer card. Support requests are the next feature to
/// be built; until then the button says so plainly instead of pretending to send anything.
/// </summary>
public sealed class SupportAskVerb : ICardActionHandler
{
    internal const string Text =
        "Requests to a coach aren't available in CoachBot yet — for now, please contact your technology coach directly.";

    public string Verb => ActionVerbs.SupportAsk;

    public Task HandleAsync(DialogContext context, CardActionInput action, CancellationToken cancellationToken)
    {
        DialogEngine.Answer(context, Text);
        return Task.CompletedTask;
    }
}

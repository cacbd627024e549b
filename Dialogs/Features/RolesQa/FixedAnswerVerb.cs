using CoachBot.Cards.Views.Roles;
using CoachBot.Dialogs.Engine;

namespace CoachBot.Dialogs.Features.RolesQa;

/// <summary>A card button whose whole answer is one short text (under the card for Action.Execute).</summary>
public sealed class FixedAnswerVerb(string verb, string text) : ICardActionHandler
{
    /// <summary><c>roles.none</c>: none of the did-you-mean topics fitted.</summary>
    public static FixedAnswerVerb RolesNone { get; } = new(
        RolesNonePayload.VerbName,
        "OK — none of those. Try asking in other words, for example **what does a mentor do?**, or type **roles** to see the ten coach roles.");

    /// <summary>
    /// <c>support.ask</c>: "Ask a coach about this". Support requests are the next feature to be built; until
    /// then the button says so plainly instead of pretending to send anything.
    /// </summary>
    public static FixedAnswerVerb SupportAsk { get; } = new(
        SupportAskPayload.VerbName,
        "Requests to a coach aren't available in CoachBot yet — for now, please contact your technology coach directly.");

    public string Verb { get; } = verb;

    public Task HandleAsync(DialogContext context, CardActionInput action, CancellationToken cancellationToken)
    {
        DialogEngine.Answer(context, text);
        return Task.CompletedTask;
    }
}

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

    public string Verb { get; } = verb;

    public Task HandleAsync(DialogContext context, CardActionInput action, CancellationToken cancellationToken)
    {
        DialogEngine.Answer(context, text);
        return Task.CompletedTask;
    }
}

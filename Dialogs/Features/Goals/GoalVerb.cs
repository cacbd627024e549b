using System.Text.Json;
using CoachBot.Cards;
using CoachBot.Cards.Actions;
using CoachBot.Dialogs.Engine;
using CoachBot.Dialogs.School;

namespace CoachBot.Dialogs.Features.Goals;

/// <summary>
/// The common part of every goals card button: the payload is read (a card of another version is out of date), a press
/// from a group chat or channel changes nothing (goals live in the personal chat), only coaches get further (a teacher
/// is told what CoachBot does for them), and the answer replaces the pressed card in place.
/// </summary>
public abstract class GoalVerb<TPayload>(IRoleChecker roles) : ICardActionHandler
    where TPayload : class, ICardActionPayload<TPayload>
{
    public string Verb => TPayload.Verb;

    public async Task HandleAsync(DialogContext context, CardActionInput action, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(action);
        var read = CardActionPayload.Read<TPayload>(action.Data);
        if (read.Payload is not { } payload)
        {
            DialogEngine.Answer(context, DialogEngineTexts.OutOfDate);
            return;
        }

        if (context.Input.IsShared)
        {
            DialogEngine.Answer(context, "Goals are private — use them in our personal chat (type **goals** there).");
            return;
        }

        if (!await roles.HasRoleAsync(context.Input.User, CoachingRoles.CoachName, cancellationToken))
        {
            DialogEngine.Answer(context, GoalsTexts.ForTeachers);
            return;
        }

        await HandleAsync(context, payload, action.Data, cancellationToken);
    }

    /// <summary>Handles a press by a coach in their personal chat.</summary>
    protected abstract Task HandleAsync(DialogContext context, TPayload payload, JsonElement data, CancellationToken cancellationToken);

    /// <summary>Shows <paramref name="card"/> in place of the pressed card (or as a new message for an Action.Submit).</summary>
    protected static void Show(DialogContext context, RenderedCard card)
    {
        ArgumentNullException.ThrowIfNull(context);
        DialogEngine.AnswerWithCard(context, card);
    }
}

using System.Text.Json;
using CoachBot.Cards;

namespace CoachBot.Dialogs.Engine;

/// <summary>How a card form's submit went.</summary>
public abstract record FormSubmitResult
{
    private FormSubmitResult()
    {
    }

    /// <summary>Accepted: the form is replaced by <paramref name="ReadOnly"/> (for Action.Execute) and the dialog goes on.</summary>
    public sealed record Accepted(RenderedCard ReadOnly, string Confirmation) : FormSubmitResult;

    /// <summary>Not accepted: <paramref name="Problem"/> is shown and the same form keeps waiting.</summary>
    public sealed record Rejected(string Problem) : FormSubmitResult;
}

/// <summary>
/// A waterfall step that sends an Adaptive Card form and waits for its submit. Only a submit of that card
/// instance continues the dialog; the data is read into a typed payload (a bad payload is answered, not
/// thrown); an accepted submit marks the instance used, so pressing the button again gets "already saved".
/// An <c>onSubmit</c> that saves something must do it idempotently (e.g. keyed by the form's card id): a turn that is
/// re-run after a concurrent save of the same state submits again.
/// </summary>
public sealed class CardFormStep<TState, TPayload>(
    Func<DialogContext, TState, string, RenderedCard> form,
    Func<JsonElement, TPayload?> readPayload,
    Func<DialogContext, TState, TPayload, CancellationToken, Task<FormSubmitResult>> onSubmit) : WaterfallStep<TState>
    where TState : class, new()
    where TPayload : class
{
    /// <summary>A form whose submit is checked without I/O.</summary>
    public CardFormStep(
        Func<DialogContext, TState, string, RenderedCard> form,
        Func<JsonElement, TPayload?> readPayload,
        Func<DialogContext, TState, TPayload, FormSubmitResult> onSubmit)
        : this(form, readPayload, (context, state, payload, _) => Task.FromResult(onSubmit(context, state, payload)))
    {
    }

    internal const string BadDataText = "I couldn't read that card's answers. Please check the fields and press the button again.";

    internal override Task<StepOutcome> EnterAsync(DialogContext context, DialogFrame frame, TState state, CancellationToken cancellationToken)
    {
        var card = form(context, state, context.NewCardId());
        context.Reply(card);
        frame.WaitingCardId = card.InstanceId;
        return Task.FromResult(StepOutcome.Wait);
    }

    internal override async Task<StepOutcome> ContinueAsync(DialogContext context, DialogFrame frame, TState state, CancellationToken cancellationToken)
    {
        if (context.Input.Action is not { } action || DialogEngine.ReadCardId(action.Data) != frame.WaitingCardId)
        {
            context.Reply(DialogEngine.FillTheCardText);
            return StepOutcome.Wait;
        }

        if (readPayload(action.Data) is not { } payload)
        {
            DialogEngine.Answer(context, BadDataText);
            return StepOutcome.Wait;
        }

        switch (await onSubmit(context, state, payload, cancellationToken))
        {
            case FormSubmitResult.Rejected rejected:
                DialogEngine.Answer(context, rejected.Problem);
                return StepOutcome.Wait;
            case FormSubmitResult.Accepted accepted:
                if (!await context.Cards.TryCompleteAsync(frame.WaitingCardId!, context.Input.User.Key, cancellationToken))
                {
                    DialogEngine.Answer(context, DialogEngine.AlreadySavedText);
                    return StepOutcome.Wait;
                }

                frame.WaitingCardId = null;
                if (action.IsInvoke)
                {
                    context.SetInvokeReply(new InvokeReply.ReplaceCard(accepted.ReadOnly));
                }
                else
                {
                    context.Reply(accepted.Confirmation);
                }

                return StepOutcome.Next;
            default:
                throw new InvalidOperationException("Unknown form result.");
        }
    }

    internal override Task RepromptAsync(DialogContext context, DialogFrame frame, TState state, CancellationToken cancellationToken)
    {
        context.Reply(DialogEngine.FillTheCardText);
        return Task.CompletedTask;
    }
}

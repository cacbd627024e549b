using System.Text.Json;
using CoachBot.Cards.Actions;
using CoachBot.Cards.Views;
using CoachBot.Dialogs.Messaging;
using CoachBot.Dialogs.State;
using Microsoft.Extensions.Logging;

namespace CoachBot.Dialogs.Engine;

/// <summary>
/// The dialogs' entry point. For each turn it loads this user's state in this conversation, applies the
/// global interruptions (help, cancel, a new command), routes what is left (the dialog in progress, a
/// command, a card verb, or the fallback), and saves the state with a version check. A concurrent save
/// (another process handled a turn of the same conversation) re-runs the turn on fresh state before
/// anything is sent, so no update is lost. The state and the cards the turn sent are saved as one unit of work
/// (<see cref="IDialogTurnStore"/>).
/// </summary>
public sealed partial class DialogEngine(
    DialogRouter router,
    IStateStore stateStore,
    IDialogTurnStore turnStore,
    ICardInstanceStore cardStore,
    IRoleChecker roleChecker,
    IPersonalChats personalChats,
    IEnumerable<ITurnFollowUp> followUps,
    ILogger<DialogEngine> logger) : ITurnHandler
{
    private const int MaxAttempts = 3;

    internal const string AlreadySavedText = "That's already saved — this card can't be sent twice.";
    internal const string CancelledText = "OK, I've cancelled that.";
    internal const string NothingToCancelText = "There's nothing to cancel — type **help** to see what I can do.";
    internal const string FillTheCardText = "Please fill in the card above and press its button, or type **cancel** to stop.";

    private static readonly string[] HelpWords = [Commands.Help, "?", "what can you do", "menu"];
    private static readonly string[] CancelWords = ["cancel", "stop", "quit", "exit", "never mind", "nevermind", "forget it"];

    /// <summary>True for a message that is one of the global cancel words (already trimmed and lower-cased).</summary>
    internal static bool IsCancelWord(string normalized) => CancelWords.Contains(normalized);

    public async Task<TurnOutcome> HandleAsync(TurnInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var key = StateKeys.Dialog(input.ChannelId, input.ConversationId, input.User.Key);
        for (var attempt = 1; ; attempt++)
        {
            var stored = await stateStore.LoadAsync(key, cancellationToken);
            var state = stored is null
                ? new ConversationUserState()
                : JsonSerializer.Deserialize(stored.Json, StateJsonContext.Default.ConversationUserState) ?? new ConversationUserState();
            state.TurnCount++;

            // Card ids are time-ordered (UUIDv7: 48 bits of time, 74 random), so new cards land together at the end
            // of the card table's index instead of on a random page each.
            var context = NewContext(input, state);
            await RouteAsync(context, cancellationToken);

            if (await TryCommitAsync(context, key, stored?.Version ?? 0, cancellationToken) is null)
            {
                if (attempt >= MaxAttempts)
                {
                    throw new InvalidOperationException($"The dialog state of one conversation changed under {MaxAttempts} attempts in a row.");
                }

                Log.StateConflict(logger, attempt);
                continue;
            }

            return new TurnOutcome(context.Replies, context.InvokeReply);
        }
    }

    private DialogContext NewContext(TurnInput input, ConversationUserState state) =>
        new(input, state, router, cardStore, () => Guid.CreateVersion7(input.Now).ToString("N"), RunCommandTextAsync, RunInPersonalChatAsync);

    /// <summary>Saves the context's state and the cards it sent as one unit; null when someone saved in between.</summary>
    private Task<long?> TryCommitAsync(DialogContext context, string key, long expectedVersion, CancellationToken cancellationToken)
    {
        var input = context.Input;
        var json = JsonSerializer.Serialize(context.State, StateJsonContext.Default.ConversationUserState);
        var sentCards = context.SentCards
            .Select(card => new CardInstance(card.InstanceId, card.Kind, input.ConversationId, input.User.Key, ActivityId: null, Completed: false))
            .ToList();
        return turnStore.TryCommitAsync(new DialogTurnChanges(key, expectedVersion, json, sentCards), cancellationToken);
    }

    /// <summary>
    /// <see cref="DialogContext.RunInPersonalChatAsync"/>: from a group chat or channel, finds (or opens) the user's personal
    /// chat, runs the work on that chat's dialog state and saves it (again on fresh state after a concurrent save), then
    /// hands the work's replies to the turn as private ones, which the host sends to that chat.
    /// </summary>
    private async Task RunInPersonalChatAsync(DialogContext context, Func<DialogContext, CancellationToken, Task> work, CancellationToken cancellationToken)
    {
        var input = context.Input;
        if (!input.IsShared)
        {
            await work(context, cancellationToken);
            return;
        }

        var personalId = string.IsNullOrEmpty(input.User.AadObjectId) ? null : await personalChats.FindOrCreateAsync(input.User.AadObjectId, cancellationToken);
        if (personalId is null)
        {
            context.Reply(DialogEngineTexts.PersonalChatUnreachable);
            return;
        }

        var personal = input with { Kind = TurnKind.Message, ConversationId = personalId, Scope = ConversationScope.Personal, Action = null };
        var key = StateKeys.Dialog(personal.ChannelId, personalId, personal.User.Key);
        for (var attempt = 1; ; attempt++)
        {
            var stored = await stateStore.LoadAsync(key, cancellationToken);
            var state = stored is null
                ? new ConversationUserState()
                : JsonSerializer.Deserialize(stored.Json, StateJsonContext.Default.ConversationUserState) ?? new ConversationUserState();
            var inner = NewContext(personal, state);
            if (inner.RootDialog is { } interrupted)
            {
                inner.CancelAllDialogs();
                inner.Reply($"I've stopped {interrupted.Title} so we can do this instead.");
            }

            await work(inner, cancellationToken);
            if (await TryCommitAsync(inner, key, stored?.Version ?? 0, cancellationToken) is null)
            {
                if (attempt >= MaxAttempts)
                {
                    throw new InvalidOperationException($"The dialog state of one personal chat changed under {MaxAttempts} attempts in a row.");
                }

                Log.StateConflict(logger, attempt);
                continue;
            }

            foreach (var reply in inner.Replies)
            {
                context.ForwardPrivately(reply.Content);
            }

            return;
        }
    }

    public Task ResetAsync(TurnInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        return stateStore.DeleteAsync(StateKeys.Dialog(input.ChannelId, input.ConversationId, input.User.Key), cancellationToken);
    }

    private readonly ITurnFollowUp[] _followUps = [.. followUps];

    private async Task RouteAsync(DialogContext context, CancellationToken cancellationToken)
    {
        switch (context.Input.Kind)
        {
            case TurnKind.Welcome:
                await router.Welcome.WelcomeAsync(context, cancellationToken);
                break;
            case TurnKind.CardAction when context.Input.Action is { } action:
                await RouteCardActionAsync(context, action, cancellationToken);
                break;
            default:
                await RouteMessageAsync(context, context.Input.Text ?? "", cancellationToken);
                foreach (var followUp in _followUps)
                {
                    if (context.HasActiveDialog)
                    {
                        break;
                    }

                    await followUp.FollowUpAsync(context, cancellationToken);
                }

                break;
        }
    }

    private async Task RouteMessageAsync(DialogContext context, string text, CancellationToken cancellationToken)
    {
        var normalized = text.Trim().TrimEnd('.', '!').ToLowerInvariant();
        if (HelpWords.Contains(normalized) && router.TryMatchCommand(Commands.Help, out var help, out _))
        {
            await RunCommandAsync(context, help, "", cancellationToken);
            await DialogStackRunner.RepromptAsync(context, router, cancellationToken);
            return;
        }

        if (IsCancelWord(normalized))
        {
            context.Reply(context.HasActiveDialog ? CancelledText : NothingToCancelText);
            context.CancelAllDialogs();
            return;
        }

        if (router.TryMatchCommand(text, out var command, out var arguments)
            && (!context.HasActiveDialog || arguments.Length == 0))
        {
            if (context.RootDialog is { } interrupted)
            {
                context.CancelAllDialogs();
                context.Reply($"I've stopped {interrupted.Title} so we can do this instead.");
            }

            await RunCommandAsync(context, command, arguments, cancellationToken);
            return;
        }

        if (context.HasActiveDialog)
        {
            if (context.State.Stack[^1].WaitingCardId is not null)
            {
                context.Reply(FillTheCardText);
                return;
            }

            await DialogStackRunner.ContinueAsync(context, router, cancellationToken);
            return;
        }

        await router.Fallback.HandleAsync(context, text, cancellationToken);
    }

    private async Task<bool> RunCommandTextAsync(DialogContext context, string text, CancellationToken cancellationToken)
    {
        if (!router.TryMatchCommand(text, out var command, out var arguments))
        {
            return false;
        }

        if (context.RootDialog is { } interrupted && command.Name != Commands.Help)
        {
            context.CancelAllDialogs();
            context.Reply($"I've stopped {interrupted.Title} so we can do this instead.");
        }

        await RunCommandAsync(context, command, arguments, cancellationToken);
        if (command.Name == Commands.Help)
        {
            await DialogStackRunner.RepromptAsync(context, router, cancellationToken);
        }

        return true;
    }

    private async Task RunCommandAsync(DialogContext context, RegisteredCommand command, string arguments, CancellationToken cancellationToken)
    {
        if (command.Info.RequiredRole is { } role && !await roleChecker.HasRoleAsync(context.Input.User, role, cancellationToken))
        {
            context.Reply(command.Info.DeniedText ?? roleChecker.DenialMessage(role));
            return;
        }

        // A private command runs in the personal chat: asked in a group chat or channel, on that chat's own dialog state
        // (a form it sends is answered there). Every reply goes to the personal chat, whatever the command asks for.
        if (command.Info.IsPrivate)
        {
            await RunInPersonalChatAsync(context, async (personal, ct) =>
            {
                using (personal.KeepRepliesPrivate())
                {
                    await command.Command.RunAsync(personal, arguments, ct);
                }
            }, cancellationToken);
            return;
        }

        await command.Command.RunAsync(context, arguments, cancellationToken);
    }

    private async Task RouteCardActionAsync(DialogContext context, CardActionInput action, CancellationToken cancellationToken)
    {
        var cardId = ReadCardId(action.Data);
        if (cardId is not null && context.HasActiveDialog && context.State.Stack[^1].WaitingCardId == cardId)
        {
            await DialogStackRunner.ContinueAsync(context, router, cancellationToken);
            return;
        }

        if (cardId is not null && await cardStore.FindAsync(cardId, cancellationToken) is { Completed: true })
        {
            Answer(context, AlreadySavedText);
            return;
        }

        if (router.FindVerb(action.Verb) is { } handler)
        {
            await handler.HandleAsync(context, action, cancellationToken);
            return;
        }

        Log.UnknownVerb(logger, action.Verb);
        Answer(context, DialogEngineTexts.OutOfDate);
    }

    /// <summary>Answers a card press: in the invoke response for Action.Execute, as a message otherwise.</summary>
    internal static void Answer(DialogContext context, string text)
    {
        if (context.Input.Action is { IsInvoke: true })
        {
            context.SetInvokeReply(new InvokeReply.Message(text));
        }
        else
        {
            context.Reply(text);
        }
    }

    /// <summary>Answers a card press with a card: in place of the pressed card for Action.Execute, as a new message otherwise.</summary>
    internal static void AnswerWithCard(DialogContext context, CoachBot.Cards.RenderedCard card)
    {
        if (context.Input.Action is { IsInvoke: true })
        {
            context.SetInvokeReply(new InvokeReply.ReplaceCard(card));
        }
        else
        {
            context.Reply(card);
        }
    }

    internal static string? ReadCardId(JsonElement data) =>
        data.ValueKind == JsonValueKind.Object && data.TryGetProperty(CardActionPayload.CardIdProperty, out var id) && id.ValueKind == JsonValueKind.String
            ? id.GetString()
            : null;

    private static partial class Log
    {
        [LoggerMessage(EventId = 2001, Level = LogLevel.Information, Message = "Card verb {Verb} has no handler; answered as out of date")]
        public static partial void UnknownVerb(ILogger logger, string verb);

        [LoggerMessage(EventId = 2002, Level = LogLevel.Warning, Message = "Dialog state changed concurrently; re-running the turn (attempt {Attempt})")]
        public static partial void StateConflict(ILogger logger, int attempt);
    }
}

using System.Text.Json;
using CoachBot.Cards;
using CoachBot.Dialogs.Messaging;
using CoachBot.Dialogs.State;

namespace CoachBot.Dialogs.Engine;

/// <summary>
/// What a dialog, command or card handler sees during a turn: the input, a way to reply, and the dialog stack.
/// Replies are collected and sent by the host after the turn's state is saved.
/// </summary>
public sealed class DialogContext
{
    private readonly List<TurnReply> _replies = [];
    private readonly DialogRouter _router;
    private readonly Func<string> _newCardId;
    private readonly Func<DialogContext, string, CancellationToken, Task<bool>> _runCommand;
    private readonly Func<DialogContext, Func<DialogContext, CancellationToken, Task>, CancellationToken, Task> _runInPersonalChat;
    private int _privateScopes;

    internal DialogContext(
        TurnInput input,
        ConversationUserState state,
        DialogRouter router,
        ICardInstanceStore cards,
        Func<string> newCardId,
        Func<DialogContext, string, CancellationToken, Task<bool>> runCommand,
        Func<DialogContext, Func<DialogContext, CancellationToken, Task>, CancellationToken, Task> runInPersonalChat)
    {
        _runCommand = runCommand;
        _runInPersonalChat = runInPersonalChat;
        Input = input;
        State = state;
        _router = router;
        Cards = cards;
        _newCardId = newCardId;
    }

    public TurnInput Input { get; }

    /// <summary>The record of sent card instances (card steps complete theirs).</summary>
    internal ICardInstanceStore Cards { get; }

    /// <summary>This user's state in this conversation (stack and feature memories); saved after the turn.</summary>
    public ConversationUserState State { get; }

    public IReadOnlyList<TurnReply> Replies => _replies;

    public InvokeReply? InvokeReply { get; private set; }

    /// <summary>Cards sent this turn that a later submit must be matched against.</summary>
    internal List<RenderedCard> SentCards { get; } = [];

    /// <summary>True while some dialog is waiting for this user.</summary>
    public bool HasActiveDialog => State.Stack.Count > 0;

    /// <summary>A fresh id for a card instance this turn sends.</summary>
    public string NewCardId() => _newCardId();

    public void Reply(string text) => Reply(new MessageContent.Text(text), ReplyVisibility.Here);

    public void Reply(RenderedCard card) => Reply(new MessageContent.Card(card), ReplyVisibility.Here);

    /// <summary>A private output: shown only in the user's personal chat (the host sends it 1:1 when asked elsewhere).</summary>
    public void ReplyPrivately(MessageContent content) => Reply(content, ReplyVisibility.Private);

    public void Reply(MessageContent content, ReplyVisibility visibility)
    {
        ArgumentNullException.ThrowIfNull(content);
        _replies.Add(new TurnReply(content, _privateScopes > 0 ? ReplyVisibility.Private : visibility));
        if (content is MessageContent.Card card)
        {
            SentCards.Add(card.Value);
        }
    }

    /// <summary>A reply another context produced (the personal chat's, <see cref="RunInPersonalChatAsync"/>), sent privately; its cards were recorded there.</summary>
    internal void ForwardPrivately(MessageContent content) => _replies.Add(new TurnReply(content, ReplyVisibility.Private));

    /// <summary>While the returned scope is open, every reply is private (the engine runs private commands in one).</summary>
    internal IDisposable KeepRepliesPrivate()
    {
        _privateScopes++;
        return new PrivateScope(this);
    }

    /// <summary>The answer to an Action.Execute press (ignored for other turns).</summary>
    public void SetInvokeReply(InvokeReply reply) => InvokeReply = reply;

    /// <summary>Starts a dialog on top of the stack (its first step runs now).</summary>
    public Task<DialogStatus> BeginDialogAsync(string dialogId, JsonElement? options, CancellationToken cancellationToken) =>
        DialogStackRunner.BeginAsync(this, _router, dialogId, options, cancellationToken);

    /// <summary>
    /// Runs a command as if the user had typed it (card buttons use this), with the same role check;
    /// false when the text is no known command.
    /// </summary>
    public Task<bool> RunCommandAsync(string commandText, CancellationToken cancellationToken) => _runCommand(this, commandText, cancellationToken);

    /// <summary>
    /// Runs <paramref name="work"/> in the user's personal chat. Here when this is it; asked in a group chat or channel,
    /// on the personal chat's own dialog state (a dialog in progress there is stopped first, as a new command stops it),
    /// so a form <paramref name="work"/> sends is answered in the personal chat, where it is shown. Every reply of the work
    /// goes there and the group sees only "I've sent you a private message"; when the user cannot be reached 1:1 the
    /// group is told so and the work does not run. Private commands run this way.
    /// </summary>
    public Task RunInPersonalChatAsync(Func<DialogContext, CancellationToken, Task> work, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(work);
        return _runInPersonalChat(this, work, cancellationToken);
    }

    /// <summary>Ends every dialog in progress.</summary>
    public void CancelAllDialogs() => State.Stack.Clear();

    /// <summary>The dialog the user started (bottom of the stack), or null: what "I've stopped …" names.</summary>
    public Dialog? RootDialog => State.Stack.Count == 0 ? null : _router.FindDialog(State.Stack[0].DialogId);

    /// <summary>The dialog on top of the stack, or null.</summary>
    public Dialog? ActiveDialog => State.Stack.Count == 0 ? null : _router.FindDialog(State.Stack[^1].DialogId);

    private sealed class PrivateScope(DialogContext context) : IDisposable
    {
        private bool _disposed;

        public void Dispose()
        {
            if (!_disposed)
            {
                _disposed = true;
                context._privateScopes--;
            }
        }
    }
}

using CoachBot.Cards;
using CoachBot.Dialogs.Messaging;

namespace CoachBot.Dialogs.Engine;

/// <summary>Where a reply may be shown.</summary>
public enum ReplyVisibility
{
    /// <summary>In the conversation the turn came from.</summary>
    Here,

    /// <summary>Only in the user's personal chat; asked elsewhere, the host sends it 1:1 and says so here.</summary>
    Private,
}

/// <summary>One outgoing message of a turn.</summary>
public sealed record TurnReply(MessageContent Content, ReplyVisibility Visibility);

/// <summary>What an Action.Execute press gets back in the HTTP response.</summary>
public abstract record InvokeReply
{
    private InvokeReply()
    {
    }

    /// <summary>Replace the pressed card (for the presser; the host also updates the message for everyone).</summary>
    public sealed record ReplaceCard(RenderedCard Card) : InvokeReply;

    /// <summary>Show a short transient message under the card.</summary>
    public sealed record Message(string Text) : InvokeReply;
}

/// <summary>Everything a turn produced, in order.</summary>
public sealed record TurnOutcome(IReadOnlyList<TurnReply> Replies, InvokeReply? Invoke)
{
    public static TurnOutcome Empty { get; } = new([], null);
}

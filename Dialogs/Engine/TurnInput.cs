using System.Globalization;
using System.Text.Json;

namespace CoachBot.Dialogs.Engine;

/// <summary>Where a turn happens. Private outputs are only ever shown in <see cref="Personal"/>.</summary>
public enum ConversationScope
{
    Personal,
    GroupChat,
    Channel,
}

/// <summary>What kind of turn the host is handing over.</summary>
public enum TurnKind
{
    /// <summary>The user typed something (mentions of the bot already stripped).</summary>
    Message,

    /// <summary>The user pressed a card button (Action.Execute invoke, or Action.Submit from an older card).</summary>
    CardAction,

    /// <summary>CoachBot was added to this conversation: greet once.</summary>
    Welcome,
}

/// <summary>The person behind a turn. <see cref="Id"/> is the channel's id (<c>29:...</c> in Teams).</summary>
public sealed record TurnUser(string Id, string? AadObjectId, string? Name)
{
    /// <summary>The key used for the user's own data: the Entra object id when known, else the channel id.</summary>
    public string Key => string.IsNullOrEmpty(AadObjectId) ? Id : AadObjectId;
}

/// <summary>A person @mentioned in the message (the bot itself excluded).</summary>
public sealed record MentionedUser(string Id, string? AadObjectId, string? Name);

/// <summary>
/// A card button press. <see cref="Data"/> is the action's data merged with the card's inputs;
/// <see cref="IsInvoke"/> is true for Action.Execute (the answer goes back in the HTTP response).
/// </summary>
public sealed record CardActionInput(string Verb, JsonElement Data, string? CardMessageId, bool IsInvoke);

/// <summary>
/// One turn as the dialogs see it: no HTTP, no wire activity. Built by the host from the inbound activity.
/// </summary>
public sealed record TurnInput(
    TurnKind Kind,
    string ChannelId,
    string ConversationId,
    ConversationScope Scope,
    string? TenantId,
    TurnUser User,
    string? Text,
    CardActionInput? Action,
    IReadOnlyList<MentionedUser> Mentions,
    CultureInfo Culture,
    TimeZoneInfo TimeZone,
    DateTimeOffset Now)
{
    /// <summary>True in group chats and channels, where private outputs must go to the personal chat.</summary>
    public bool IsShared => Scope != ConversationScope.Personal;
}

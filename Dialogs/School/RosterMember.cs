using CoachBot.Dialogs.Engine;

namespace CoachBot.Dialogs.School;

/// <summary>
/// Who a roster entry is about, as last seen in Teams: the Entra object id (the key), the Teams <c>29:</c> id
/// (needed to message or @mention them) and the display name.
/// </summary>
public sealed record RosterMember(string AadObjectId, string? TeamsId, string? DisplayName)
{
    /// <summary>The person an @mention points at.</summary>
    public static RosterMember FromMention(MentionedUser mention)
    {
        ArgumentNullException.ThrowIfNull(mention);
        return new RosterMember(mention.AadObjectId ?? "", mention.Id, mention.Name);
    }

    /// <summary>The person behind a turn.</summary>
    public static RosterMember FromTurnUser(TurnUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return new RosterMember(user.AadObjectId ?? "", user.Id, user.Name);
    }

    /// <summary>A name to use in replies.</summary>
    public string NameForReplies => string.IsNullOrWhiteSpace(DisplayName) ? "That person" : DisplayName.Trim();
}

namespace CoachBot.Dialogs.State;

/// <summary>How state documents are keyed. One dialog stack per (conversation, user): in group chats and
/// channels each member has their own dialog.</summary>
public static class StateKeys
{
    public static string Dialog(string channelId, string conversationId, string userKey) =>
        $"dialog|{channelId}|{conversationId}|{userKey}";

    public static string UserSettings(string userKey) => $"user|{userKey}";
}

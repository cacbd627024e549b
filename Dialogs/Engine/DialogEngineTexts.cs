namespace CoachBot.Dialogs.Engine;

/// <summary>Short texts the engine, the features and the host share.</summary>
public static class DialogEngineTexts
{
    /// <summary>The answer to a press of a card button that no longer works.</summary>
    public const string OutOfDate = "This card is out of date. Type **help** to see what I can do now.";

    public const string Done = "Done.";

    /// <summary>What a group chat or channel is told when a private answer cannot reach the person's personal chat.</summary>
    public const string PersonalChatUnreachable =
        "I can only show that in our personal chat, and I couldn't reach you there. Open a chat with me and ask again.";
}

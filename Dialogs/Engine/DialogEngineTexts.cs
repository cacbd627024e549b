namespace CoachBot.Dialogs.Engine;

/// <summary>Short texts the engine, the features and the host share.</summary>
public static class DialogEngineTexts
{
    /// <summary>The answer to a press of a card button that no longer works.</summary>
    public const string OutOfDate = "This card is out of date. Type **help** to see what I can do now.";

    public const string Done = "Done.";
}

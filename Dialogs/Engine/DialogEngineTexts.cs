namespace CoachBot.Dialogs.Engine;

/// <summary>Short texts the engine and host share.</summary>
public static class DialogEngineTexts
{
    public const string OutOfDate = DialogEngine.OutOfDateText;

    public const string Done = "Done.";
}

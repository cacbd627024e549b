namespace CoachBot.Dialogs.Engine.Recognizers;

/// <summary>Which kinds of matching <see cref="ChoiceRecognizer"/> may use (all by default).</summary>
[Flags]
public enum ChoiceMatchModes
{
    /// <summary>Nothing matches.</summary>
    None = 0,

    /// <summary>See <see cref="ChoiceMatchKind.Exact"/>.</summary>
    Exact = 1,

    /// <summary>See <see cref="ChoiceMatchKind.Number"/>. Turn off when the prompt does not show numbers.</summary>
    Number = 2,

    /// <summary>See <see cref="ChoiceMatchKind.Partial"/>.</summary>
    Partial = 4,

    /// <summary>See <see cref="ChoiceMatchKind.Fuzzy"/>.</summary>
    Fuzzy = 8,

    /// <summary>Every kind.</summary>
    All = Exact | Number | Partial | Fuzzy,
}

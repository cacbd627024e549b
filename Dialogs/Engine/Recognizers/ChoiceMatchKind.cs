namespace CoachBot.Dialogs.Engine.Recognizers;

/// <summary>How <see cref="ChoiceRecognizer"/> tied the user's text to a choice, strongest first.</summary>
public enum ChoiceMatchKind
{
    /// <summary>The text equals a title, value or synonym (ignoring case, diacritics and punctuation).</summary>
    Exact,

    /// <summary>The text names a position in the list: "2", "#2", "the second one", "number 2", "last".</summary>
    Number,

    /// <summary>The text contains a whole title/value/synonym, or is the start (3+ characters) of one.</summary>
    Partial,

    /// <summary>The text is a title/value/synonym with small typos.</summary>
    Fuzzy,
}

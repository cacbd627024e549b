namespace CoachBot.Dialogs.Engine.Recognizers;

/// <summary>The outcome of <see cref="ChoiceRecognizer.Recognize"/>: one of the three nested records.</summary>
public abstract record ChoiceRecognition
{
    private ChoiceRecognition()
    {
    }

    /// <summary>Exactly one choice matched; <paramref name="Index"/> is its zero-based position.</summary>
    public sealed record Matched(ChoiceOption Choice, int Index, ChoiceMatchKind Kind) : ChoiceRecognition;

    /// <summary>
    /// Several choices matched equally well at the strongest kind that matched anything; the prompt should
    /// ask which one (candidates are in list order).
    /// </summary>
    public sealed record Ambiguous(ChoiceMatchKind Kind, IReadOnlyList<ChoiceCandidate> Candidates) : ChoiceRecognition;

    /// <summary>Nothing matched.</summary>
    public sealed record NoMatch : ChoiceRecognition;
}

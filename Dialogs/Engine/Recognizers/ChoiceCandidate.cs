namespace CoachBot.Dialogs.Engine.Recognizers;

/// <summary>A choice and its zero-based position in the list the recognizer was given.</summary>
public sealed record ChoiceCandidate(ChoiceOption Choice, int Index);

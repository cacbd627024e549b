namespace CoachBot.Cards.Model.Inputs;

/// <summary>Input.Toggle: a check box whose value is <see cref="ValueOn"/> or <see cref="ValueOff"/>.</summary>
public sealed class ToggleInput : CardInput
{
    /// <summary>The text beside the check box.</summary>
    public string? Title { get; init; }

    public string? Value { get; init; }

    public string? ValueOn { get; init; }

    public string? ValueOff { get; init; }

    public bool? Wrap { get; init; }
}

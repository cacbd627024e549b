namespace CoachBot.Cards.Model.Inputs;

/// <summary>Input.Time; values are 24-hour times (<c>HH:mm</c>).</summary>
public sealed class TimeInput : CardInput
{
    public string? Value { get; init; }

    public string? Placeholder { get; init; }

    public string? Min { get; init; }

    public string? Max { get; init; }

    public override bool HasValidation() => base.HasValidation() || Min is not null || Max is not null;
}

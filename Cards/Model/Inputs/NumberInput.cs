namespace CoachBot.Cards.Model.Inputs;

/// <summary>Input.Number.</summary>
public sealed class NumberInput : CardInput
{
    public double? Value { get; init; }

    public string? Placeholder { get; init; }

    public double? Min { get; init; }

    public double? Max { get; init; }

    public override bool HasValidation() => base.HasValidation() || Min is not null || Max is not null;
}

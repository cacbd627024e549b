namespace CoachBot.Cards.Model.Inputs;

/// <summary>Input.Date; values are ISO dates (<c>yyyy-MM-dd</c>).</summary>
public sealed class DateInput : CardInput
{
    public string? Value { get; init; }

    public string? Placeholder { get; init; }

    public string? Min { get; init; }

    public string? Max { get; init; }

    public override bool HasValidation() => base.HasValidation() || Min is not null || Max is not null;
}

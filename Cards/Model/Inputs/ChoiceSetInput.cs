namespace CoachBot.Cards.Model.Inputs;

/// <summary>Input.ChoiceSet: a drop-down, radio list, check list or (Teams) typeahead.</summary>
public sealed class ChoiceSetInput : CardInput
{
    public IList<Choice>? Choices { get; init; }

    /// <summary>The selected value(s); several are comma-separated when <see cref="IsMultiSelect"/>.</summary>
    public string? Value { get; init; }

    public bool? IsMultiSelect { get; init; }

    public ChoiceInputStyle? Style { get; init; }

    public string? Placeholder { get; init; }

    public bool? Wrap { get; init; }
}

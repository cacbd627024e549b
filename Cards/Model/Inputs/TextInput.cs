using CoachBot.Cards.Model.Actions;

namespace CoachBot.Cards.Model.Inputs;

/// <summary>Input.Text: a single- or multi-line text box.</summary>
public sealed class TextInput : CardInput
{
    public string? Value { get; init; }

    public string? Placeholder { get; init; }

    public bool? IsMultiline { get; init; }

    /// <summary>A hint of the maximum length (clients may ignore it; check on the server too).</summary>
    public int? MaxLength { get; init; }

    /// <summary>A regular expression the value must match (1.3).</summary>
    public string? Regex { get; init; }

    public TextInputStyle? Style { get; init; }

    public CardAction? InlineAction { get; init; }

    public override bool HasValidation() => base.HasValidation() || Regex is not null;
}

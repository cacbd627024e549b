namespace CoachBot.Cards.Model.Inputs;

/// <summary>
/// The common part of every input (schema 1.3 validation). Every input needs a <see cref="Label"/> and, when it
/// is validated (required, min/max, regex), an <see cref="ErrorMessage"/>; the card harness checks both.
/// </summary>
public abstract class CardInput : CardElement
{
    /// <summary>The label shown above the input and read by screen readers.</summary>
    public string? Label { get; init; }

    public bool? IsRequired { get; init; }

    /// <summary>Shown when validation fails.</summary>
    public string? ErrorMessage { get; init; }

    /// <summary>Whether the client validates this input, so that an <see cref="ErrorMessage"/> is needed.</summary>
    public virtual bool HasValidation() => IsRequired == true;
}

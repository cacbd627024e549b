using System.Text.Json;
using System.Text.Json.Serialization;
using CoachBot.Cards.Model.Elements;
using CoachBot.Cards.Model.Inputs;

namespace CoachBot.Cards.Model;

/// <summary>
/// An element of a card body (the schema's <c>ImplementationsOf.Element</c>). System.Text.Json writes the
/// <c>type</c> discriminator itself; an unknown <c>type</c> makes reading fail with a clear error.
/// Properties this model does not type (e.g. <c>fallback</c>, <c>requires</c>) are kept in
/// <see cref="AdditionalProperties"/> and written back unchanged.
/// </summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type", UnknownDerivedTypeHandling = JsonUnknownDerivedTypeHandling.FailSerialization)]
[JsonDerivedType(typeof(TextBlock), "TextBlock")]
[JsonDerivedType(typeof(RichTextBlock), "RichTextBlock")]
[JsonDerivedType(typeof(Image), "Image")]
[JsonDerivedType(typeof(ImageSet), "ImageSet")]
[JsonDerivedType(typeof(FactSet), "FactSet")]
[JsonDerivedType(typeof(ColumnSet), "ColumnSet")]
[JsonDerivedType(typeof(Container), "Container")]
[JsonDerivedType(typeof(ActionSet), "ActionSet")]
[JsonDerivedType(typeof(Table), "Table")]
[JsonDerivedType(typeof(TextInput), "Input.Text")]
[JsonDerivedType(typeof(NumberInput), "Input.Number")]
[JsonDerivedType(typeof(DateInput), "Input.Date")]
[JsonDerivedType(typeof(TimeInput), "Input.Time")]
[JsonDerivedType(typeof(ToggleInput), "Input.Toggle")]
[JsonDerivedType(typeof(ChoiceSetInput), "Input.ChoiceSet")]
public abstract class CardElement : IHasExtensionData
{
    /// <summary>A unique id within the card (needed by inputs and ToggleVisibility targets).</summary>
    [JsonPropertyOrder(-1)]
    public string? Id { get; init; }

    public Spacing? Spacing { get; init; }

    public bool? Separator { get; init; }

    public bool? IsVisible { get; init; }

    public BlockElementHeight? Height { get; init; }

    /// <summary>Properties not typed here, kept for a lossless round trip.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
}

using System.Text.Json.Serialization;

namespace CoachBot.Cards.Model;

/// <summary>Which inputs an Execute/Submit action gathers (the schema spells these capitalised).</summary>
[JsonConverter(typeof(SchemaEnumConverter<AssociatedInputs>))]
public enum AssociatedInputs
{
    [JsonStringEnumMemberName("Auto")]
    Auto,

    [JsonStringEnumMemberName("None")]
    None,
}

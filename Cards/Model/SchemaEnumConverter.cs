using System.Text.Json;
using System.Text.Json.Serialization;

namespace CoachBot.Cards.Model;

/// <summary>
/// Writes an enum as the Adaptive Card schema spells it (camelCase, e.g. <c>extraLarge</c>) and reads it in any
/// letter case, as the schema's own patterns allow (<c>Medium</c> and <c>medium</c> are both valid).
/// </summary>
public sealed class SchemaEnumConverter<TEnum> : JsonStringEnumConverter<TEnum>
    where TEnum : struct, Enum
{
    public SchemaEnumConverter()
        : base(JsonNamingPolicy.CamelCase, allowIntegerValues: false)
    {
    }
}

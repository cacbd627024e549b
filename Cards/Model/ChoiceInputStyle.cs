using System.Text.Json.Serialization;

namespace CoachBot.Cards.Model;

/// <summary>Style of a choice set; <c>filtered</c> is a Teams typeahead not in the 1.5 schema.</summary>
[JsonConverter(typeof(SchemaEnumConverter<ChoiceInputStyle>))]
public enum ChoiceInputStyle
{
    Compact,
    Expanded,
    Filtered
}

using System.Text.Json.Serialization;

namespace CoachBot.Cards.Model.Teams;

/// <summary>Teams' card width extension (<c>msteams.width</c>); only <c>Full</c> is documented.</summary>
[JsonConverter(typeof(SchemaEnumConverter<CardWidth>))]
public enum CardWidth
{
    [JsonStringEnumMemberName("Full")]
    Full,
}

using System.Text.Json.Serialization;

namespace CoachBot.Cards.Model.Teams;

/// <summary>The data of a Teams imBack/messageBack Action.Submit: <c>{"msteams": {...}}</c>.</summary>
public sealed record TeamsSubmitData([property: JsonPropertyName("msteams")] TeamsSubmitBehavior Teams);

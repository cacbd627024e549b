using System.Text.Json;
using System.Text.Json.Serialization;
using CoachBot.Cards.Model.Actions;
using CoachBot.Cards.Model.Teams;

namespace CoachBot.Cards.Model;

/// <summary>
/// The source-generated serializer context of the card model: camelCase names, nulls omitted, enums as the
/// schema spells them, and <c>type</c> accepted anywhere in an object (samples do not always put it first).
/// Use <see cref="CardJson"/> rather than this context directly.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    AllowOutOfOrderMetadataProperties = true,
    ReadCommentHandling = JsonCommentHandling.Skip,
    AllowTrailingCommas = true)]
[JsonSerializable(typeof(AdaptiveCard))]
[JsonSerializable(typeof(CardElement))]
[JsonSerializable(typeof(CardAction))]
[JsonSerializable(typeof(TeamsSubmitData))]
[JsonSerializable(typeof(string))]
public sealed partial class CardJsonContext : JsonSerializerContext;

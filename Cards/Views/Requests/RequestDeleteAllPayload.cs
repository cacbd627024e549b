using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using CoachBot.Cards.Actions;

namespace CoachBot.Cards.Views.Requests;

/// <summary>
/// <c>request.deleteall</c>: the answer to "Delete your support requests?" — Delete (<see cref="Confirmed"/> true) or Keep
/// them. The card names how many requests there were, and Delete acts only when that is still how many there are.
/// </summary>
public sealed record RequestDeleteAllPayload(bool Confirmed, int Count) : ICardActionPayload<RequestDeleteAllPayload>
{
    public const string VerbName = "request.deleteall";

    public static string Verb => VerbName;

    public static int Version => 1;

    public static JsonTypeInfo<RequestDeleteAllPayload> JsonTypeInfo => RequestDataActionJsonContext.Default.RequestDeleteAllPayload;
}

/// <summary>Serializer metadata of the buttons for a teacher's own requests (export and delete).</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    RespectNullableAnnotations = true,
    RespectRequiredConstructorParameters = true)]
[JsonSerializable(typeof(RequestDeleteAllPayload))]
public sealed partial class RequestDataActionJsonContext : JsonSerializerContext;

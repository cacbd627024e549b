using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using CoachBot.Cards.Actions;

namespace CoachBot.Cards.Views.Requests;

/// <summary>
/// <c>request.submit</c>: the request form's button, with the inputs Teams merges in by id. Teams leaves empty inputs out,
/// so every field is optional here and checked by the dialog.
/// </summary>
public sealed record RequestFormPayload(
    string? Need = null,
    string? Grade = null,
    string? Urgency = null,
    string? Times = null,
    string? Role = null,
    string? School = null) : ICardActionPayload<RequestFormPayload>
{
    public const string VerbName = "request.submit";

    public static string Verb => VerbName;

    public static int Version => 1;

    public static JsonTypeInfo<RequestFormPayload> JsonTypeInfo => RequestsActionJsonContext.Default.RequestFormPayload;
}

/// <summary><c>request.claim</c>: "Claim" on a coach's copy of a request.</summary>
public sealed record RequestClaimPayload(string RequestId) : ICardActionPayload<RequestClaimPayload>
{
    public const string VerbName = "request.claim";

    public static string Verb => VerbName;

    /// <summary>Raised whenever the fields change meaning: a Claim from an older card is then answered as out of date.</summary>
    public static int Version => 1;

    public static JsonTypeInfo<RequestClaimPayload> JsonTypeInfo => RequestsActionJsonContext.Default.RequestClaimPayload;
}

/// <summary><c>request.cancel</c>: "Cancel request" on the teacher's list of requests.</summary>
public sealed record RequestCancelPayload(string RequestId) : ICardActionPayload<RequestCancelPayload>
{
    public const string VerbName = "request.cancel";

    public static string Verb => VerbName;

    public static int Version => 1;

    public static JsonTypeInfo<RequestCancelPayload> JsonTypeInfo => RequestsActionJsonContext.Default.RequestCancelPayload;
}

/// <summary><c>request.pass</c>: "Not mine" on a coach's copy (or the channel post) of an open request.</summary>
public sealed record RequestPassPayload(string RequestId) : ICardActionPayload<RequestPassPayload>
{
    public const string VerbName = "request.pass";

    public static string Verb => VerbName;

    public static int Version => 1;

    public static JsonTypeInfo<RequestPassPayload> JsonTypeInfo => RequestsActionJsonContext.Default.RequestPassPayload;
}

/// <summary><c>request.done</c>: "Done" on the claimer's copy, with the note input Teams merges in (checked by the verb).</summary>
public sealed record RequestDonePayload(string RequestId, string? Note = null) : ICardActionPayload<RequestDonePayload>
{
    public const string VerbName = "request.done";

    /// <summary>The id of the note input on the claimer's copy.</summary>
    public const string NoteInput = "note";

    public static string Verb => VerbName;

    public static int Version => 1;

    public static JsonTypeInfo<RequestDonePayload> JsonTypeInfo => RequestsActionJsonContext.Default.RequestDonePayload;
}

/// <summary><c>request.rate</c>: "Helpful" or "Not helpful" on the teacher's done card.</summary>
public sealed record RequestRatePayload(string RequestId, string Rating) : ICardActionPayload<RequestRatePayload>
{
    public const string VerbName = "request.rate";

    public const string Helpful = "helpful";

    public const string NotHelpful = "not-helpful";

    public static string Verb => VerbName;

    public static int Version => 1;

    public static JsonTypeInfo<RequestRatePayload> JsonTypeInfo => RequestsActionJsonContext.Default.RequestRatePayload;
}

/// <summary>Serializer metadata of the request cards' button payloads (the options every payload context uses).</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    RespectNullableAnnotations = true,
    RespectRequiredConstructorParameters = true)]
[JsonSerializable(typeof(RequestFormPayload))]
[JsonSerializable(typeof(RequestClaimPayload))]
[JsonSerializable(typeof(RequestCancelPayload))]
[JsonSerializable(typeof(RequestPassPayload))]
[JsonSerializable(typeof(RequestDonePayload))]
[JsonSerializable(typeof(RequestRatePayload))]
public sealed partial class RequestsActionJsonContext : JsonSerializerContext;

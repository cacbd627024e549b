using System.Text.Json.Serialization;

namespace CoachBot.Dialogs.Features.Requests;

/// <summary>Source-generated serializer for the requests feature's dialog states, options and job payloads.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(RequestDialogOptions))]
[JsonSerializable(typeof(RequestDialogState))]
[JsonSerializable(typeof(MySchoolDialogState))]
[JsonSerializable(typeof(SchoolValues))]
[JsonSerializable(typeof(RouteJobPayload))]
[JsonSerializable(typeof(FollowUpJobPayload))]
[JsonSerializable(typeof(NudgeJobPayload))]
public sealed partial class RequestsJsonContext : JsonSerializerContext;

/// <summary>The routing job's payload: the form card id (the job is scheduled before the request is saved; see <see cref="RouteRequestJob"/>).</summary>
public sealed record RouteJobPayload(string FormCardId);

/// <summary>The follow-up job's payload: the request whose teacher and copies may need telling.</summary>
public sealed record FollowUpJobPayload(string RequestId);

/// <summary>
/// The nudge job's payload: the request, the stage (<c>remind</c>, <c>escalate</c>, <c>done</c>), the routing round it was
/// scheduled for and, for <c>done</c>, the claim it is about (Unix ms): a later round or claim makes it stale.
/// </summary>
public sealed record NudgeJobPayload(string RequestId, string Stage, int Round, long? ClaimedAt);

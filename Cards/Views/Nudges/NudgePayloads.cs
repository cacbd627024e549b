using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using CoachBot.Cards.Actions;

namespace CoachBot.Cards.Views.Nudges;

/// <summary>
/// What every nudge button carries: whose nudge it is (<paramref name="Coach"/>, the coach's user key), the school week it
/// is for (<paramref name="Week"/>, its first day as <c>yyyy-MM-dd</c>) and the active goals it showed
/// (<paramref name="Goals"/>, their ids joined by commas), so a press from last week's card, or after a goal was archived,
/// is recognised as out of date.
/// </summary>
public interface INudgePayload
{
    string Coach { get; }

    string Week { get; }

    string Goals { get; }
}

/// <summary><c>nudges.progress</c>: Log progress: the small form replaces the nudge.</summary>
public sealed record NudgeProgressPayload(string Coach, string Week, string Goals) : INudgePayload, ICardActionPayload<NudgeProgressPayload>
{
    public const string VerbName = "nudges.progress";

    public static string Verb => VerbName;

    public static int Version => 1;

    public static JsonTypeInfo<NudgeProgressPayload> JsonTypeInfo => NudgesActionJsonContext.Default.NudgeProgressPayload;
}

/// <summary><c>nudges.progress.save</c>: the form's Log it (inputs <c>goal</c> and <c>amount</c>): the updated nudge replaces the form.</summary>
public sealed record NudgeProgressSavePayload(string Coach, string Week, string Goals) : INudgePayload, ICardActionPayload<NudgeProgressSavePayload>
{
    public const string VerbName = "nudges.progress.save";

    public static string Verb => VerbName;

    public static int Version => 1;

    public static JsonTypeInfo<NudgeProgressSavePayload> JsonTypeInfo => NudgesActionJsonContext.Default.NudgeProgressSavePayload;
}

/// <summary><c>nudges.back</c>: the form's Back: the nudge as it is now replaces the form.</summary>
public sealed record NudgeBackPayload(string Coach, string Week, string Goals) : INudgePayload, ICardActionPayload<NudgeBackPayload>
{
    public const string VerbName = "nudges.back";

    public static string Verb => VerbName;

    public static int Version => 1;

    public static JsonTypeInfo<NudgeBackPayload> JsonTypeInfo => NudgesActionJsonContext.Default.NudgeBackPayload;
}

/// <summary><c>nudges.reflect</c>: Reflect now: the reflection form comes as a new message.</summary>
public sealed record NudgeReflectPayload(string Coach, string Week, string Goals) : INudgePayload, ICardActionPayload<NudgeReflectPayload>
{
    public const string VerbName = "nudges.reflect";

    public static string Verb => VerbName;

    public static int Version => 1;

    public static JsonTypeInfo<NudgeReflectPayload> JsonTypeInfo => NudgesActionJsonContext.Default.NudgeReflectPayload;
}

/// <summary><c>nudges.snooze</c>: Snooze until the next school day.</summary>
public sealed record NudgeSnoozePayload(string Coach, string Week, string Goals) : INudgePayload, ICardActionPayload<NudgeSnoozePayload>
{
    public const string VerbName = "nudges.snooze";

    public static string Verb => VerbName;

    public static int Version => 1;

    public static JsonTypeInfo<NudgeSnoozePayload> JsonTypeInfo => NudgesActionJsonContext.Default.NudgeSnoozePayload;
}

/// <summary><c>nudges.skip</c>: Skip this week.</summary>
public sealed record NudgeSkipPayload(string Coach, string Week, string Goals) : INudgePayload, ICardActionPayload<NudgeSkipPayload>
{
    public const string VerbName = "nudges.skip";

    public static string Verb => VerbName;

    public static int Version => 1;

    public static JsonTypeInfo<NudgeSkipPayload> JsonTypeInfo => NudgesActionJsonContext.Default.NudgeSkipPayload;
}

/// <summary><c>nudges.pause</c>: Pause nudges (until <c>resume nudges</c>).</summary>
public sealed record NudgePausePayload(string Coach, string Week, string Goals) : INudgePayload, ICardActionPayload<NudgePausePayload>
{
    public const string VerbName = "nudges.pause";

    public static string Verb => VerbName;

    public static int Version => 1;

    public static JsonTypeInfo<NudgePausePayload> JsonTypeInfo => NudgesActionJsonContext.Default.NudgePausePayload;
}

/// <summary>Source-generated serializer for the nudge buttons' payloads.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    RespectNullableAnnotations = true,
    RespectRequiredConstructorParameters = true)]
[JsonSerializable(typeof(NudgeProgressPayload))]
[JsonSerializable(typeof(NudgeProgressSavePayload))]
[JsonSerializable(typeof(NudgeBackPayload))]
[JsonSerializable(typeof(NudgeReflectPayload))]
[JsonSerializable(typeof(NudgeSnoozePayload))]
[JsonSerializable(typeof(NudgeSkipPayload))]
[JsonSerializable(typeof(NudgePausePayload))]
public sealed partial class NudgesActionJsonContext : JsonSerializerContext;

using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using CoachBot.Cards.Actions;

namespace CoachBot.Cards.Views.Goals;

/// <summary>Which goals card a button was pressed on, so its answer can replace that card in place.</summary>
public static class GoalCardViews
{
    /// <summary>The goals list card.</summary>
    public const string List = "list";

    /// <summary>The card of last year's unfinished goals (Carry over / Archive).</summary>
    public const string CarryOver = "carry";
}

/// <summary><c>goals.form.save</c>: the add/edit form's button (its values are the card's inputs).</summary>
public sealed record GoalFormSavePayload : ICardActionPayload<GoalFormSavePayload>
{
    public const string VerbName = "goals.form.save";

    public static string Verb => VerbName;

    public static int Version => 1;

    public static JsonTypeInfo<GoalFormSavePayload> JsonTypeInfo => GoalsActionJsonContext.Default.GoalFormSavePayload;
}

/// <summary><c>goals.focus</c>: the answer to "add a sixth goal anyway?".</summary>
public sealed record GoalFocusPayload(bool Add) : ICardActionPayload<GoalFocusPayload>
{
    public const string VerbName = "goals.focus";

    public static string Verb => VerbName;

    public static int Version => 1;

    public static JsonTypeInfo<GoalFocusPayload> JsonTypeInfo => GoalsActionJsonContext.Default.GoalFocusPayload;
}

/// <summary><c>goals.progress.open</c>: Log progress on a goal's card: the small progress form replaces the card.</summary>
public sealed record GoalProgressOpenPayload(long GoalId, int GoalVersion) : ICardActionPayload<GoalProgressOpenPayload>
{
    public const string VerbName = "goals.progress.open";

    public static string Verb => VerbName;

    public static int Version => 1;

    public static JsonTypeInfo<GoalProgressOpenPayload> JsonTypeInfo => GoalsActionJsonContext.Default.GoalProgressOpenPayload;
}

/// <summary>
/// <c>goals.progress.save</c>: the progress form's button. With a goal id it is that goal's form (inputs <c>amount</c> or
/// <c>milestones</c>); without one it is the picker (inputs <c>goal</c> and <c>amount</c>).
/// </summary>
public sealed record GoalProgressSavePayload(long? GoalId = null, int? GoalVersion = null) : ICardActionPayload<GoalProgressSavePayload>
{
    public const string VerbName = "goals.progress.save";

    public static string Verb => VerbName;

    public static int Version => 1;

    public static JsonTypeInfo<GoalProgressSavePayload> JsonTypeInfo => GoalsActionJsonContext.Default.GoalProgressSavePayload;
}

/// <summary><c>goals.done</c>: Mark done.</summary>
public sealed record GoalDonePayload(long GoalId, int GoalVersion, string View) : ICardActionPayload<GoalDonePayload>
{
    public const string VerbName = "goals.done";

    public static string Verb => VerbName;

    public static int Version => 1;

    public static JsonTypeInfo<GoalDonePayload> JsonTypeInfo => GoalsActionJsonContext.Default.GoalDonePayload;
}

/// <summary><c>goals.archive</c>: Archive.</summary>
public sealed record GoalArchivePayload(long GoalId, int GoalVersion, string View) : ICardActionPayload<GoalArchivePayload>
{
    public const string VerbName = "goals.archive";

    public static string Verb => VerbName;

    public static int Version => 1;

    public static JsonTypeInfo<GoalArchivePayload> JsonTypeInfo => GoalsActionJsonContext.Default.GoalArchivePayload;
}

/// <summary><c>goals.restore</c>: Undo a Mark done or an Archive (the goal is active again).</summary>
public sealed record GoalRestorePayload(long GoalId, int GoalVersion) : ICardActionPayload<GoalRestorePayload>
{
    public const string VerbName = "goals.restore";

    public static string Verb => VerbName;

    public static int Version => 1;

    public static JsonTypeInfo<GoalRestorePayload> JsonTypeInfo => GoalsActionJsonContext.Default.GoalRestorePayload;
}

/// <summary><c>goals.edit</c>: Edit opens the goal's form.</summary>
public sealed record GoalEditPayload(long GoalId, int GoalVersion) : ICardActionPayload<GoalEditPayload>
{
    public const string VerbName = "goals.edit";

    public static string Verb => VerbName;

    public static int Version => 1;

    public static JsonTypeInfo<GoalEditPayload> JsonTypeInfo => GoalsActionJsonContext.Default.GoalEditPayload;
}

/// <summary><c>goals.carry</c>: Carry over one unfinished goal of an ended year (<see cref="Confirmed"/> past the five-goal advice).</summary>
public sealed record GoalCarryPayload(long GoalId, int GoalVersion, bool Confirmed) : ICardActionPayload<GoalCarryPayload>
{
    public const string VerbName = "goals.carry";

    public static string Verb => VerbName;

    public static int Version => 1;

    public static JsonTypeInfo<GoalCarryPayload> JsonTypeInfo => GoalsActionJsonContext.Default.GoalCarryPayload;
}

/// <summary><c>goals.carry.all</c>: Carry over every unfinished goal of ended years.</summary>
public sealed record GoalCarryAllPayload(bool Confirmed) : ICardActionPayload<GoalCarryAllPayload>
{
    public const string VerbName = "goals.carry.all";

    public static string Verb => VerbName;

    public static int Version => 1;

    public static JsonTypeInfo<GoalCarryAllPayload> JsonTypeInfo => GoalsActionJsonContext.Default.GoalCarryAllPayload;
}

/// <summary><c>goals.archive.past</c>: Archive every unfinished goal of ended years.</summary>
public sealed record GoalArchivePastPayload : ICardActionPayload<GoalArchivePastPayload>
{
    public const string VerbName = "goals.archive.past";

    public static string Verb => VerbName;

    public static int Version => 1;

    public static JsonTypeInfo<GoalArchivePastPayload> JsonTypeInfo => GoalsActionJsonContext.Default.GoalArchivePastPayload;
}

/// <summary><c>goals.show</c>: show the goals list (or the carry-over card) in place of the pressed card.</summary>
public sealed record GoalShowPayload(string View) : ICardActionPayload<GoalShowPayload>
{
    public const string VerbName = "goals.show";

    public static string Verb => VerbName;

    public static int Version => 1;

    public static JsonTypeInfo<GoalShowPayload> JsonTypeInfo => GoalsActionJsonContext.Default.GoalShowPayload;
}

/// <summary><c>goals.add</c>: open the add-goal form, optionally starting from a suggestion (a role or task id).</summary>
public sealed record GoalAddPayload(string? Serves = null) : ICardActionPayload<GoalAddPayload>
{
    public const string VerbName = "goals.add";

    public static string Verb => VerbName;

    public static int Version => 1;

    public static JsonTypeInfo<GoalAddPayload> JsonTypeInfo => GoalsActionJsonContext.Default.GoalAddPayload;
}

/// <summary><c>goals.offer.later</c>: "Not now" on the set-your-goals offer.</summary>
public sealed record GoalOfferLaterPayload : ICardActionPayload<GoalOfferLaterPayload>
{
    public const string VerbName = "goals.offer.later";

    public static string Verb => VerbName;

    public static int Version => 1;

    public static JsonTypeInfo<GoalOfferLaterPayload> JsonTypeInfo => GoalsActionJsonContext.Default.GoalOfferLaterPayload;
}

/// <summary>Serializer metadata of the goals cards' button payloads (the options every payload context uses).</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    RespectNullableAnnotations = true,
    RespectRequiredConstructorParameters = true)]
[JsonSerializable(typeof(GoalFormSavePayload))]
[JsonSerializable(typeof(GoalFocusPayload))]
[JsonSerializable(typeof(GoalProgressOpenPayload))]
[JsonSerializable(typeof(GoalProgressSavePayload))]
[JsonSerializable(typeof(GoalDonePayload))]
[JsonSerializable(typeof(GoalArchivePayload))]
[JsonSerializable(typeof(GoalRestorePayload))]
[JsonSerializable(typeof(GoalEditPayload))]
[JsonSerializable(typeof(GoalCarryPayload))]
[JsonSerializable(typeof(GoalCarryAllPayload))]
[JsonSerializable(typeof(GoalArchivePastPayload))]
[JsonSerializable(typeof(GoalShowPayload))]
[JsonSerializable(typeof(GoalAddPayload))]
[JsonSerializable(typeof(GoalOfferLaterPayload))]
public sealed partial class GoalsActionJsonContext : JsonSerializerContext;

using System.Text.Json;
using CoachBot.Cards;
using CoachBot.Cards.Actions;
using CoachBot.Cards.Views.Coverage;
using CoachBot.Cards.Views.Requests;
using CoachBot.Dialogs.Engine;
using CoachBot.Dialogs.School;
using CoachBot.Dialogs.Scheduling;
using CoachBot.Dialogs.State;
using Microsoft.Extensions.Logging;

namespace CoachBot.Dialogs.Features.Requests;

/// <summary>What starts a request form: the need and the role to prefill (both optional).</summary>
public sealed class RequestDialogOptions
{
    public string? Need { get; set; }

    public string? RoleId { get; set; }
}

public sealed class RequestDialogState
{
    public string? Need { get; set; }

    public string? RoleId { get; set; }

    /// <summary>The teacher's school when known; null while the form must ask for it.</summary>
    public string? School { get; set; }

    public string? RequestId { get; set; }

    /// <summary>The teacher's school posts requests in its coaching channel (the form says so).</summary>
    public bool PostedInChannel { get; set; }

    /// <summary>The school is not known yet and some schools post in a coaching channel.</summary>
    public bool SomeSchoolsPostInChannel { get; set; }
}

/// <summary>A submitted request form: its inputs and the form card's instance id (which keys the request: saved once).</summary>
public sealed record SubmittedRequestForm(RequestFormPayload Inputs, string FormCardId);

/// <summary>
/// A teacher's request for coach support: the form (need, class or grade, how soon, preferred times, the kind of support
/// preselected from the need, and the teacher's school the first time when there are several), checked on submit; the
/// request is then saved as open and its routing job queued, and the form becomes a read-only summary with the short id.
/// </summary>
public sealed partial class RequestDialog : WaterfallDialog<RequestDialogState>
{
    public const string DialogId = "requests.ask";

    public RequestDialog(
        IRequestStore store,
        UserSettingsStore settings,
        RequestViews views,
        IJobScheduler jobs,
        TimeProvider time,
        ILogger<RequestDialog> logger,
        ICoachingChannelStore channels)
        : base(DialogId, RequestsJsonContext.Default.RequestDialogState)
    {
        Do(async (context, state, cancellationToken) =>
        {
            var remembered = (await settings.GetAsync(context.Input.User.Key, cancellationToken)).School;
            state.School = views.Schools.SchoolOf(remembered);
            var posting = await channels.ListAsync(cancellationToken);
            state.PostedInChannel = state.School is not null && posting.Any(channel => channel.School == state.School);
            state.SomeSchoolsPostInChannel = state.School is null && posting.Count > 0;
            return StepOutcome.Next;
        });
        Add(new CardFormStep<RequestDialogState, SubmittedRequestForm>(
            (_, state, cardId) => Form(state, cardId, views),
            data => CardActionPayload.Read<RequestFormPayload>(data) is { Succeeded: true } read ? new SubmittedRequestForm(read.Payload!, read.CardId!) : null,
            async (context, state, submitted, cancellationToken) =>
            {
                if (Check(state, submitted.Inputs, views) is not { } checkedForm)
                {
                    return new FormSubmitResult.Rejected(Problem(state, submitted.Inputs, views));
                }

                var user = context.Input.User;
                if (People.KeyOf(user.AadObjectId) is not { } teacher)
                {
                    return new FormSubmitResult.Rejected(RequestTexts.NoIdentity);
                }

                if (state.School is null)
                {
                    await settings.UpdateAsync(user.Key, s => s with { School = checkedForm.School }, cancellationToken);
                    state.School = checkedForm.School;
                }

                // The routing job goes in first, keyed by the form: should saving the request fail, the job finds nothing
                // and ends; should it succeed, no request is ever left without its routing.
                var now = time.GetUtcNow();
                await jobs.ScheduleRouteAsync(submitted.FormCardId, now, cancellationToken);
                var request = await store.CreateAsync(
                    new NewRequest(submitted.FormCardId, teacher, user.Name, checkedForm.School, checkedForm.RoleId, checkedForm.Need,
                        checkedForm.ClassOrGrade, checkedForm.Urgency, checkedForm.PreferredTimes, now),
                    cancellationToken);
                state.RequestId = request.Id;
                Log.Created(logger, request.Id, request.RoleId, request.Urgency);
                var inChannel = await channels.FindAsync(request.School, cancellationToken) is not null;
                return new FormSubmitResult.Accepted(
                    RequestSummaryCard.Create(views.Card(request, context.Input.TimeZone, context.Input.Culture), submitted.FormCardId, inChannel),
                    RequestTexts.Submitted(request));
            }));
    }

    public override string Title => "your request for support";

    /// <summary>
    /// Starts a request form here, prefilled with <paramref name="need"/> and <paramref name="roleId"/>; a dialog in progress
    /// (from a card button pressed mid-way) is stopped first, as a typed command stops it.
    /// </summary>
    public static Task BeginAsync(DialogContext context, string? need, string? roleId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.RootDialog is { } interrupted)
        {
            context.CancelAllDialogs();
            context.Reply($"I've stopped {interrupted.Title} so we can do this instead.");
        }
        var options = new RequestDialogOptions
        {
            Need = string.IsNullOrWhiteSpace(need) ? null : need.Trim()[..Math.Min(need.Trim().Length, RequestTexts.MaxNeedLength)],
            RoleId = roleId,
        };
        return context.BeginDialogAsync(DialogId, JsonSerializer.SerializeToElement(options, RequestsJsonContext.Default.RequestDialogOptions), cancellationToken);
    }

    protected override void OnBegin(DialogContext context, RequestDialogState state, JsonElement? options)
    {
        var given = options?.Deserialize(RequestsJsonContext.Default.RequestDialogOptions);
        state.Need = given?.Need;
        state.RoleId = given?.RoleId;
    }

    private static RenderedCard Form(RequestDialogState state, string cardId, RequestViews views) =>
        RequestFormCard.Create(
            new RequestFormModel(
                state.Need,
                [.. views.Roles.Requestable.Select(role => new NamedChoice(role.Id, role.Title))],
                state.RoleId,
                RequestViews.Urgencies,
                null,
                state.School is null ? views.Schools.Names : null,
                RequestTexts.MaxNeedLength)
            {
                PostedInChannel = state.PostedInChannel,
                SomeSchoolsPostInChannel = state.SomeSchoolsPostInChannel,
            },
            cardId);

    /// <summary>The form's values when every one is acceptable, else null (<see cref="Problem"/> says what is wrong).</summary>
    private static CheckedForm? Check(RequestDialogState state, RequestFormPayload inputs, RequestViews views)
    {
        var need = inputs.Need?.Trim() ?? "";
        var grade = Optional(inputs.Grade);
        var times = Optional(inputs.Times);
        var urgency = RequestViews.ParseUrgency(inputs.Urgency);
        var role = views.Roles.Requestable.Any(r => r.Id == inputs.Role) ? inputs.Role : null;
        var school = state.School ?? (views.Schools.Names.FirstOrDefault(name => name == inputs.School?.Trim()));
        return need.Length is 0 or > RequestTexts.MaxNeedLength
            || grade?.Length > RequestFormCard.MaxGradeLength || times?.Length > RequestFormCard.MaxTimesLength
            || urgency is null || role is null || school is null
            ? null
            : new CheckedForm(need, grade, urgency.Value, times, role, school);
    }

    private static string Problem(RequestDialogState state, RequestFormPayload inputs, RequestViews views)
    {
        var need = inputs.Need?.Trim() ?? "";
        if (need.Length == 0)
        {
            return RequestTexts.NeedMissing;
        }

        if (need.Length > RequestTexts.MaxNeedLength)
        {
            return RequestTexts.NeedTooLong(need.Length);
        }

        if (Optional(inputs.Grade)?.Length > RequestFormCard.MaxGradeLength)
        {
            return RequestTexts.FieldTooLong("Class or grade", RequestFormCard.MaxGradeLength);
        }

        if (Optional(inputs.Times)?.Length > RequestFormCard.MaxTimesLength)
        {
            return RequestTexts.FieldTooLong("Preferred times", RequestFormCard.MaxTimesLength);
        }

        if (!views.Roles.Requestable.Any(r => r.Id == inputs.Role))
        {
            return RequestTexts.RoleMissing;
        }

        return RequestViews.ParseUrgency(inputs.Urgency) is null ? RequestTexts.UrgencyMissing
            : state.School is null ? RequestTexts.SchoolMissing
            : RequestTexts.NeedMissing;
    }

    private static string? Optional(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private sealed record CheckedForm(string Need, string? ClassOrGrade, Urgency Urgency, string? PreferredTimes, string RoleId, string School);

    private static partial class Log
    {
        [LoggerMessage(EventId = 4401, Level = LogLevel.Information, Message = "Support request {RequestId} saved ({RoleId}, {Urgency})")]
        public static partial void Created(ILogger logger, string requestId, string roleId, Urgency urgency);
    }
}

/// <summary>People as the requests feature keys them: Entra object ids in canonical form.</summary>
public static class People
{
    /// <summary>The canonical Entra object id (lower case), or null when there is none.</summary>
    public static string? KeyOf(string? aadObjectId) =>
        AadObjectIds.TryNormalize(aadObjectId, out var id) ? id
        : string.IsNullOrWhiteSpace(aadObjectId) ? null
        : aadObjectId.Trim().ToLowerInvariant();
}

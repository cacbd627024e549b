using System.Text.Json;
using CoachBot.Cards;
using CoachBot.Cards.Actions;
using CoachBot.Cards.Views;
using CoachBot.Cards.Views.Coverage;
using CoachBot.Dialogs.Engine;
using CoachBot.Dialogs.School;
using Microsoft.Extensions.Logging;

namespace CoachBot.Dialogs.Features.Coverage;

/// <summary>Whose coverage the dialog edits (what <c>my coverage</c> and <c>coverage @Name</c> pass).</summary>
public sealed class CoverageDialogOptions
{
    public string? TargetAadObjectId { get; set; }

    public string? TargetName { get; set; }
}

public sealed class CoverageDialogState
{
    public string? TargetAadObjectId { get; set; }

    public string? TargetName { get; set; }

    public List<string> Roles { get; set; } = [];

    public List<string> Schools { get; set; } = [];
}

/// <summary>
/// The coverage form: shows a coach's roles and schools as they are, saves what is ticked. The right to change it is
/// checked again on submit (a role may have been taken away meanwhile): the coach themself, or an admin or lead coach.
/// </summary>
public sealed partial class CoverageDialog : WaterfallDialog<CoverageDialogState>
{
    public const string DialogId = "coverage.edit";

    public CoverageDialog(ICoverageStore store, RosterPolicy roster, CoachRoleNames roles, Schools schools, TimeProvider time, ILogger<CoverageDialog> logger)
        : base(DialogId, CoverageJsonContext.Default.CoverageDialogState)
    {
        Do(async (context, state, cancellationToken) =>
        {
            if (await store.FindAsync(state.TargetAadObjectId!, cancellationToken) is { } current)
            {
                state.Roles = [.. current.RoleIds.Where(roles.IsRole)];
                state.Schools = [.. current.Schools.Select(schools.Find).OfType<string>()];
            }

            return StepOutcome.Next;
        });
        Add(new CardFormStep<CoverageDialogState, CoverageSavePayload>(
            (context, state, cardId) => Form(context, state, cardId, roles, schools),
            data => CardActionPayload.Read<CoverageSavePayload>(data).Payload,
            async (context, state, payload, cancellationToken) =>
            {
                var actor = context.Input.User.AadObjectId;
                var self = AadObjectIds.TryNormalize(actor, out var actorId) && actorId == state.TargetAadObjectId;
                if (await CoverageRules.CheckAsync(roster, actor, state.TargetAadObjectId!, self, state.TargetName, cancellationToken) is { } denied)
                {
                    return new FormSubmitResult.Rejected(denied);
                }

                var chosenRoles = Split(payload.Roles).Where(roles.IsRole).Distinct(StringComparer.Ordinal).ToList();
                var chosenSchools = schools.MustChoose
                    ? Split(payload.Schools).Select(schools.Find).OfType<string>().Distinct(StringComparer.OrdinalIgnoreCase).ToList()
                    : [.. schools.Names];
                var orderedRoles = roles.All.Select(role => role.Id).Where(chosenRoles.Contains).ToList();
                await store.SaveAsync(new CoachCoverage(state.TargetAadObjectId!, orderedRoles, chosenSchools, actorId ?? "", time.GetUtcNow()), cancellationToken);
                Log.Saved(logger, state.TargetAadObjectId!, orderedRoles.Count, chosenSchools.Count);
                state.Roles = orderedRoles;
                state.Schools = chosenSchools;

                var form = Form(context, state, context.Input.Action is { } action ? CardActionPayload.Read<CoverageSavePayload>(action.Data).CardId ?? context.NewCardId() : context.NewCardId(), roles, schools);
                var values = JsonSerializer.SerializeToElement(
                    new CoverageValues(string.Join(',', orderedRoles), string.Join(',', chosenSchools)), CoverageJsonContext.Default.CoverageValues);
                return new FormSubmitResult.Accepted(
                    ReadOnlySummaryCard.FromSubmittedForm(form, values, context.Input.Culture),
                    Confirmation(self, state.TargetName, orderedRoles.Select(roles.TitleOf).ToList(), chosenSchools, schools.MustChoose));
            }));
    }

    public override string Title => "changing coverage";

    protected override void OnBegin(DialogContext context, CoverageDialogState state, JsonElement? options)
    {
        var given = options?.Deserialize(CoverageJsonContext.Default.CoverageDialogOptions);
        state.TargetAadObjectId = given?.TargetAadObjectId;
        state.TargetName = given?.TargetName;
    }

    /// <summary>What is said after saving (also shown to clients that answered with Action.Submit).</summary>
    internal static string Confirmation(bool self, string? name, IReadOnlyList<string> roleTitles, IReadOnlyList<string> schools, bool namesSchools)
    {
        var who = self ? "You cover" : $"{(string.IsNullOrWhiteSpace(name) ? "They" : name.Trim())} covers";
        if (roleTitles.Count == 0)
        {
            return self ? "Saved. You cover no roles now, so no requests will come to you." : $"Saved. {(string.IsNullOrWhiteSpace(name) ? "They" : name.Trim())} covers no roles now, so no requests will go to them.";
        }

        var where = !namesSchools ? "" : schools.Count == 0 ? " at no school yet, so no requests will come" : $" at {string.Join(", ", schools)}";
        return $"Saved. {who} {string.Join(", ", roleTitles)}{where}.";
    }

    private static RenderedCard Form(DialogContext context, CoverageDialogState state, string cardId, CoachRoleNames roles, Schools schools) =>
        CoverageFormCard.Create(
            new CoverageFormModel(
                state.TargetName ?? "",
                AadObjectIds.TryNormalize(context.Input.User.AadObjectId, out var actor) && actor == state.TargetAadObjectId,
                [.. roles.All.Select(role => new NamedChoice(role.Id, role.Title))],
                state.Roles,
                schools.Names,
                state.Schools,
                schools.Names.Count == 1 ? schools.Names[0] : null),
            cardId);

    private static string[] Split(string? values) =>
        (values ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static partial class Log
    {
        [LoggerMessage(EventId = 4301, Level = LogLevel.Information, Message = "Coverage of {Coach} saved: {Roles} roles at {Schools} schools")]
        public static partial void Saved(ILogger logger, string coach, int roles, int schools);
    }
}

/// <summary>The values of a saved coverage as the form submits them (for its read-only summary).</summary>
public sealed record CoverageValues(string Roles, string Schools);

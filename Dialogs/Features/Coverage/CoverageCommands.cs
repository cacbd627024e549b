using System.Text.Json;
using CoachBot.Dialogs.Engine;
using CoachBot.Dialogs.School;

namespace CoachBot.Dialogs.Features.Coverage;

/// <summary><c>my coverage</c>: a coach's own coverage form.</summary>
public sealed class MyCoverageCommand : IChatCommand
{
    public async Task RunAsync(DialogContext context, string arguments, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!AadObjectIds.TryNormalize(context.Input.User.AadObjectId, out var self))
        {
            context.Reply(RosterTexts.UnknownPerson);
            return;
        }

        await context.BeginDialogAsync(CoverageDialog.DialogId, Options(self, context.Input.User.Name), cancellationToken);
    }

    internal static JsonElement Options(string aadObjectId, string? name) =>
        JsonSerializer.SerializeToElement(new CoverageDialogOptions { TargetAadObjectId = aadObjectId, TargetName = name }, CoverageJsonContext.Default.CoverageDialogOptions);
}

/// <summary><c>coverage @Name</c>: an admin or lead coach sets a coach's coverage (the coach is @mentioned, never typed).</summary>
public sealed class CoverageCommand(RosterPolicy roster) : IChatCommand
{
    public const string Name = "coverage";

    public async Task RunAsync(DialogContext context, string arguments, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var actor = context.Input.User.AadObjectId;
        var roles = await roster.GetRolesAsync(actor, cancellationToken);
        var manages = roles.Has(CoachingRole.Admin) || roles.Has(CoachingRole.LeadCoach);
        switch (context.Input.Mentions.Count)
        {
            case 0:
                context.Reply(manages
                    ? "Mention the coach, for example **coverage @Jane Doe**. For your own coverage, type **my coverage**."
                    : roles.Has(CoachingRole.Coach) ? "To set your own coverage, type **my coverage**. " + CoverageRules.OnlyAdminsAndLeads.Split(". ")[0] + "." : CoverageRules.OnlyAdminsAndLeads);
                return;
            case > 1:
                context.Reply("One coach at a time, please: **coverage @Jane Doe**.");
                return;
        }

        var mention = context.Input.Mentions[0];
        if (!AadObjectIds.TryNormalize(mention.AadObjectId, out var target))
        {
            context.Reply(RosterTexts.UnknownPerson);
            return;
        }

        var self = AadObjectIds.TryNormalize(actor, out var actorId) && actorId == target;
        if (await CoverageRules.CheckAsync(roster, actor, target, self, mention.Name, cancellationToken) is { } denied)
        {
            context.Reply(denied);
            return;
        }

        await context.BeginDialogAsync(CoverageDialog.DialogId, MyCoverageCommand.Options(target, mention.Name), cancellationToken);
    }
}

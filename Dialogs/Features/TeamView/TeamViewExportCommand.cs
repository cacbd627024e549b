using CoachBot.Dialogs.Engine;
using CoachBot.Dialogs.OwnData;
using CoachBot.Dialogs.School;

namespace CoachBot.Dialogs.Features.TeamView;

/// <summary>
/// <c>team view export</c> (lead coaches and admins, in the personal chat): the team view's figures as a CSV file through a
/// one-time download link (<see cref="TeamViewExport"/>), or, without <c>Bot:PublicBaseUrl</c>, as rows on a card.
/// </summary>
public sealed class TeamViewExportCommand(TeamViewAccess access, ExportReplies exports) : IChatCommand
{
    public const string Name = "team view export";

    public async Task RunAsync(DialogContext context, string arguments, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var user = context.Input.User.AadObjectId;
        if (await access.RefusalAsync(user, cancellationToken) is { } refusal)
        {
            context.Reply(refusal);
            return;
        }

        if (!AadObjectIds.TryNormalize(user, out var owner))
        {
            context.Reply(TeamViewTexts.ForTeachers);
            return;
        }

        await exports.ReplyAsync(context, TeamViewExport.KindName, owner, TeamViewTexts.Export, cancellationToken);
    }
}

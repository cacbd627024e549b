using CoachBot.Dialogs.Engine;
using CoachBot.Dialogs.OwnData;

namespace CoachBot.Dialogs.Features.Reflections;

/// <summary>
/// <c>export reflections</c>: a coach's own reflections as a CSV file, through a one-time download link (or, without
/// <c>Bot:PublicBaseUrl</c>, the newest that fit on a card). A private output: asked in a group chat or channel, the
/// answer goes to the personal chat. Someone who is no coach and has no reflections is told what reflections are.
/// </summary>
public sealed class ExportReflectionsCommand(ReflectionOwners owners, ExportReplies exports) : IChatCommand
{
    public async Task RunAsync(DialogContext context, string arguments, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (await owners.OwnerIdAsync(context.Input.User, cancellationToken) is not { } coachId)
        {
            context.Reply(ReflectionTexts.ForTeachers);
            return;
        }

        await exports.ReplyAsync(context, ReflectionExport.KindName, coachId, ReflectionDataTexts.Export, cancellationToken);
    }
}

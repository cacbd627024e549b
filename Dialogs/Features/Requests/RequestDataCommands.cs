using CoachBot.Cards.Views.Requests;
using CoachBot.Dialogs.Engine;
using CoachBot.Dialogs.OwnData;

namespace CoachBot.Dialogs.Features.Requests;

/// <summary>
/// <c>export my requests</c>: the person's own support requests as a CSV file, through a one-time download link (or the
/// newest that fit on a card). Anyone may ask; the file holds only requests they made.
/// </summary>
public sealed class ExportRequestsCommand(ExportReplies exports) : IChatCommand
{
    public async Task RunAsync(DialogContext context, string arguments, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (People.KeyOf(context.Input.User.AadObjectId) is not { } teacher)
        {
            context.Reply(RequestTexts.NoIdentity);
            return;
        }

        await exports.ReplyAsync(context, RequestExport.KindName, teacher, RequestDataTexts.Export, cancellationToken);
    }
}

/// <summary>
/// <c>delete my requests</c>: asks first, naming how many requests and how many are open; the answer is
/// <see cref="RequestDeleteAllVerb"/>.
/// </summary>
public sealed class DeleteRequestsCommand(IRequestStore requests) : IChatCommand
{
    /// <summary>Far more than anyone asks for.</summary>
    internal const int MaxRequests = 100_000;

    public async Task RunAsync(DialogContext context, string arguments, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (People.KeyOf(context.Input.User.AadObjectId) is not { } teacher)
        {
            context.Reply(RequestTexts.NoIdentity);
            return;
        }

        var mine = await requests.ListByTeacherAsync(teacher, MaxRequests, cancellationToken);
        if (mine.Count == 0)
        {
            context.Reply(RequestDataTexts.NothingToDelete);
            return;
        }

        context.Reply(RequestDeleteAllCard.Create(mine.Count, mine.Count(request => request.Status == RequestStatus.Open), context.NewCardId()));
    }
}

using CoachBot.Dialogs.Engine;
using CoachBot.Dialogs.School;

namespace CoachBot.Dialogs.Features.Requests;

/// <summary>
/// Buttons pressed on a request's post in a coaching channel: which post it was, and the presser's copy when they were not
/// routed the request but see it there (any coach or lead coach in the channel may act on it).
/// </summary>
public sealed class ChannelPresses(ITeamsChannels channels, IRequestCopyStore copies, IRequestFollowThroughStore followThrough, RosterPolicy roster, TimeProvider time)
{
    /// <summary>The request's post in the coaching channel this press came from, or null when it came from anywhere else.</summary>
    public async Task<RequestCopy?> PostPressedAsync(DialogContext context, SupportRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(request);
        if (context.Input.Scope != ConversationScope.Channel || await channels.FindAsync(context.Input.ConversationId, cancellationToken) is not { } channel)
        {
            return null;
        }

        return await copies.FindAsync(request.Id, RequestCopy.ChannelRecipient(channel.ChannelId), cancellationToken);
    }

    /// <summary>The copy of a coach or lead coach who acts on the post without having been routed it (made now); null for anyone else.</summary>
    public async Task<RequestCopy?> CopyOfAsync(SupportRequest request, TurnUser user, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(user);
        if (People.KeyOf(user.AadObjectId) is not { } key || !await roster.IsAllowedAsync(user.AadObjectId, CoachingRole.Coach, cancellationToken))
        {
            return null;
        }

        await followThrough.EnsureChannelCopyAsync(
            new RequestCopy(request.Id, key, user.Name, CopyReason.Channel, CopyDelivery.InChannel, null, null, null, CopyView.Open, true, time.GetUtcNow())
            {
                Round = request.Round,
            },
            cancellationToken);
        return await copies.FindAsync(request.Id, key, cancellationToken);
    }
}

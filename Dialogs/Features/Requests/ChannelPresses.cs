using CoachBot.Dialogs.Engine;
using CoachBot.Dialogs.School;

namespace CoachBot.Dialogs.Features.Requests;

/// <summary>
/// Buttons pressed on a request's post in a coaching channel: which post it was, and the presser's copy when they were not
/// routed the request but see it there (any coach or lead coach in the channel may act on it).
/// </summary>
public sealed class ChannelPresses(
    ITeamsChannels channels,
    IRequestStore requests,
    IRequestCopyStore copies,
    IRequestFollowThroughStore followThrough,
    RosterPolicy roster,
    TimeProvider time)
{
    /// <summary>
    /// What a coach's Claim or Not mine names, checked: the request, the presser's copy of it (made now for a coach who
    /// presses the coaching channel's post) and that post when the press came from it. Null once the presser was answered:
    /// out of date (a damaged or other-version card), not a coach, or not found (no such request, or not routed to them).
    /// </summary>
    public async Task<CoachPress?> ReadCoachPressAsync(DialogContext context, string? requestId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!RequestIds.TryParse(requestId, requirePrefix: false, out var id))
        {
            DialogEngine.Answer(context, DialogEngineTexts.OutOfDate);
            return null;
        }

        var user = context.Input.User;
        if (!await roster.IsAllowedAsync(user.AadObjectId, CoachingRole.Coach, cancellationToken))
        {
            DialogEngine.Answer(context, RequestTexts.NotACoach);
            return null;
        }

        var presser = People.KeyOf(user.AadObjectId)!;
        var request = await requests.FindAsync(id, cancellationToken);
        var post = request is null ? null : await PostPressedAsync(context, request, cancellationToken);
        var copy = request is null ? null : await copies.FindAsync(request.Id, presser, cancellationToken);
        if (request is not null && copy is null && post is not null)
        {
            copy = await CopyOfAsync(request, user, cancellationToken);
        }

        if (request is null || copy is null || !copy.CanClaim)
        {
            DialogEngine.Answer(context, RequestTexts.NotFound(RequestIds.Show(id)));
            return null;
        }

        return new CoachPress(request, copy, post, presser);
    }

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

/// <summary>A coach's press on a request card, checked by <see cref="ChannelPresses.ReadCoachPressAsync"/>.</summary>
/// <param name="Request">The request the button names.</param>
/// <param name="Copy">The presser's copy of it.</param>
/// <param name="Post">The coaching channel's post when the press came from it, else null.</param>
/// <param name="Presser">The presser's key (their Entra object id).</param>
public sealed record CoachPress(SupportRequest Request, RequestCopy Copy, RequestCopy? Post, string Presser);

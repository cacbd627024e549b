using System.Globalization;
using CoachBot.Cards;
using CoachBot.Cards.Views.Requests;
using Microsoft.Extensions.Options;

namespace CoachBot.Dialogs.Features.Requests;

/// <summary>
/// What each copy of a request shows, and its card: the coach's own copy, a lead coach's escalation, the post in a coaching
/// channel. One place decides it, so a copy drawn by a job, by a button's answer or by <c>request R-…</c> looks the same.
/// </summary>
public sealed class CopyCards(RequestViews views, IOptions<RequestsOptions> options)
{
    public RequestsOptions Options => options.Value;

    /// <summary>What <paramref name="copy"/> should show now.</summary>
    public static CopyView ShownTo(SupportRequest request, RequestCopy copy)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(copy);
        if (copy.IsChannel)
        {
            return request.Status switch
            {
                RequestStatus.Open => CopyView.Open,
                RequestStatus.Cancelled => CopyView.Cancelled,
                _ => CopyView.ClaimedByOther,
            };
        }

        var mine = request.ClaimedBy?.AadObjectId == copy.RecipientAadObjectId;
        return request.Status switch
        {
            RequestStatus.Claimed when mine => CopyView.ClaimedByYou,
            RequestStatus.Done when mine => CopyView.Done,
            _ when copy.PassedAt is not null => request.ReleasedBy?.AadObjectId == copy.RecipientAadObjectId ? CopyView.GaveBack : CopyView.Passed,
            RequestStatus.Claimed or RequestStatus.Done => CopyView.ClaimedByOther,
            RequestStatus.Cancelled => CopyView.Cancelled,
            _ => CopyView.Open,
        };
    }

    public static CoachCopyView CardView(CopyView view) => view switch
    {
        CopyView.ClaimedByYou => CoachCopyView.ClaimedByYou,
        CopyView.ClaimedByOther => CoachCopyView.ClaimedByOther,
        CopyView.Cancelled => CoachCopyView.Cancelled,
        CopyView.Passed => CoachCopyView.Passed,
        CopyView.GaveBack => CoachCopyView.GaveBack,
        CopyView.Done => CoachCopyView.Done,
        _ => CoachCopyView.Open,
    };

    /// <summary>The copies of the first routing (coaches who cover it, or lead coaches or admins as a fallback) that can claim.</summary>
    public static IEnumerable<RequestCopy> Routed(IEnumerable<RequestCopy> copies) =>
        copies.Where(copy => !copy.IsChannel && copy.CanClaim && copy.Reason is CopyReason.Covers or CopyReason.LeadCoach or CopyReason.Admin
            && copy.Delivery is CopyDelivery.Sent or CopyDelivery.Queued or CopyDelivery.InChannel);

    /// <summary>True when every coach the request went to has passed on it (so it goes to the lead coaches at once).</summary>
    public static bool EveryonePassed(IReadOnlyList<RequestCopy> copies)
    {
        var routed = Routed(copies).ToList();
        return routed.Count > 0 && routed.All(copy => copy.PassedAt is not null);
    }

    /// <summary>The names of the routed coaches who passed, for the channel post and the lead coaches.</summary>
    public static IReadOnlyList<string> PassedNames(IEnumerable<RequestCopy> copies) =>
    [
        .. copies.Where(copy => !copy.IsChannel && copy.PassedAt is not null && copy.Reason is not CopyReason.Escalation)
            .Select(copy => string.IsNullOrWhiteSpace(copy.RecipientName) ? "A coach" : copy.RecipientName.Trim())
            .Order(StringComparer.OrdinalIgnoreCase),
    ];

    /// <summary>The card of <paramref name="copy"/> showing <paramref name="shown"/> (all copies, for who passed).</summary>
    public RenderedCard Card(
        SupportRequest request,
        RequestCopy copy,
        CopyView shown,
        IReadOnlyList<RequestCopy> all,
        string cardId,
        TimeZoneInfo? zone = null,
        CultureInfo? culture = null,
        string? why = null,
        IReadOnlyList<string>? unreachable = null)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(copy);
        ArgumentNullException.ThrowIfNull(all);
        var escalation = copy.Reason == CopyReason.Escalation;
        var model = new CoachRequestModel(
            views.Card(request, zone, culture),
            CardView(shown),
            request.ClaimedBy?.NameForReplies,
            copy.CanClaim,
            why ?? (escalation ? EscalationWhy(request, copy.CanClaim) : null),
            unreachable ?? [])
        {
            // Not mine is for the coaches who cover it; a lead coach or admin it falls back to is asked to find someone.
            CanPass = copy.IsChannel || (copy.CanClaim && copy.Reason is CopyReason.Covers or CopyReason.Channel),
            InChannel = copy.IsChannel,
            PassedBy = copy.IsChannel || escalation ? PassedNames(all) : [],
            CanAssign = copy.Reason is CopyReason.Escalation or CopyReason.LeadCoach or CopyReason.Admin,
            DoneNote = shown == CopyView.Done ? request.DoneNote : null,
        };
        return CoachRequestCard.Create(model, cardId);
    }

    /// <summary>Why a request came to a lead coach (or an admin) late: nobody claimed it in time, or everyone passed.</summary>
    public string EscalationWhy(SupportRequest request, bool canClaim)
    {
        ArgumentNullException.ThrowIfNull(request);
        var who = canClaim
            ? "it comes to you as a lead coach: claim it, or give it to a coach."
            : "it comes to you as a CoachBot admin: please find a coach to help.";
        return request.Escalation == Escalation.AllPassed
            ? $"Every coach it went to passed on it, so {who}"
            : $"Nobody has claimed it in {SchoolDayClock.Describe(2 * options.Value.ClaimWithinSchoolDays)} (the coaches who cover it were reminded after {SchoolDayClock.Describe(options.Value.ClaimWithinSchoolDays)}), so {who}";
    }

    /// <summary>"Mentor at Lincoln Elementary".</summary>
    public string SupportAt(SupportRequest request) => views.SupportAt(request);

    public RequestViews Views => views;
}

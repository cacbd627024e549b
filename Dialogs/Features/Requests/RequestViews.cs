using System.Globalization;
using CoachBot.Cards.Formatting;
using CoachBot.Cards.Views.Coverage;
using CoachBot.Cards.Views.Requests;
using CoachBot.Dialogs.Features.Coverage;
using CoachBot.Dialogs.School;

namespace CoachBot.Dialogs.Features.Requests;

/// <summary>Turns stored requests into what their cards show, for a reader in a time zone and language.</summary>
public sealed class RequestViews(CoachRoleNames roles, Schools schools, SchoolCalendar calendar)
{
    /// <summary>The urgencies a form offers, as submitted and as shown.</summary>
    public static IReadOnlyList<NamedChoice> Urgencies { get; } =
    [
        new(UrgencyValue(Urgency.ThisWeek), "This week"),
        new(UrgencyValue(Urgency.ThisMonth), "This month"),
        new(UrgencyValue(Urgency.Whenever), "Whenever suits"),
    ];

    public CoachRoleNames Roles => roles;

    public Schools Schools => schools;

    /// <summary>The request for a card; "Asked" in <paramref name="zone"/> (the school's default when null) and <paramref name="culture"/>.</summary>
    public RequestCardModel Card(SupportRequest request, TimeZoneInfo? zone = null, CultureInfo? culture = null)
    {
        ArgumentNullException.ThrowIfNull(request);
        var readerCulture = culture ?? CultureInfo.GetCultureInfo("en-US");
        var readerZone = zone ?? calendar.DefaultTimeZone;
        return new RequestCardModel(
            request.Id,
            request.ShownId,
            request.TeacherNameForReplies,
            string.IsNullOrEmpty(request.School) ? null : request.School,
            roles.TitleOf(request.RoleId),
            UrgencyTitle(request.Urgency),
            request.ClassOrGrade,
            request.PreferredTimes,
            request.IsErased() ? RequestDataTexts.NeedDeleted : request.Need,
            $"{DateTimeText.Date(request.CreatedAt, readerZone, readerCulture)} at {DateTimeText.Time(request.CreatedAt, readerZone, readerCulture)}");
    }

    /// <summary>"Mentor at Lincoln Elementary" (or just "Mentor" with one school).</summary>
    public string SupportAt(SupportRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var role = roles.TitleOf(request.RoleId);
        return string.IsNullOrEmpty(request.School) ? role : $"{role} at {request.School}";
    }

    /// <summary>The status line of a teacher's list.</summary>
    public static string StatusText(SupportRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return request.Status switch
        {
            RequestStatus.Claimed => $"Claimed by {request.ClaimedBy?.NameForReplies ?? "a coach"}",
            RequestStatus.Cancelled => "Cancelled",
            RequestStatus.Done => request.Rating switch
            {
                Cards.Views.Requests.RequestRating.Helpful => $"Done by {request.ClaimedBy?.NameForReplies ?? "a coach"}: you said it was helpful",
                Cards.Views.Requests.RequestRating.NotHelpful => $"Done by {request.ClaimedBy?.NameForReplies ?? "a coach"}: you said it was not helpful",
                _ => $"Done by {request.ClaimedBy?.NameForReplies ?? "a coach"}",
            },
            _ when request.EscalatedAt is not null => "Open: passed on to a lead coach or admin, to find a coach",
            _ => "Open: waiting for a coach",
        };
    }

    public static string UrgencyValue(Urgency urgency) => urgency switch
    {
        Urgency.ThisWeek => "week",
        Urgency.ThisMonth => "month",
        _ => "whenever",
    };

    public static Urgency? ParseUrgency(string? value) => value?.Trim().ToLowerInvariant() switch
    {
        "week" => Urgency.ThisWeek,
        "month" => Urgency.ThisMonth,
        "whenever" => Urgency.Whenever,
        _ => null,
    };

    public static string UrgencyTitle(Urgency urgency) => Urgencies.First(choice => choice.Value == UrgencyValue(urgency)).Title;
}

using System.Diagnostics.CodeAnalysis;

namespace CoachBot.Dialogs.School;

/// <summary>
/// Picks a user's time zone: set explicitly &gt; the activity's <c>localTimezone</c> &gt; the <c>clientInfo</c>
/// entity's <c>timezone</c> &gt; <c>School:DefaultTimeZone</c>. Empty, unknown or invalid ids are skipped. Never
/// silently UTC: a UTC id reported by a client (<c>localTimezone</c>/<c>clientInfo</c>) is a device default, not a
/// place, so it is skipped too; only the user's own explicit choice or the school default can make it UTC.
/// </summary>
public sealed class UserTimeZoneResolver(SchoolCalendar calendar)
{
    private static readonly HashSet<string> UtcIds = new(StringComparer.OrdinalIgnoreCase)
    {
        "UTC", "Etc/UTC", "Etc/UCT", "UCT", "Etc/Universal", "Universal", "Etc/Zulu", "Zulu",
        "GMT", "Etc/GMT", "Etc/GMT+0", "Etc/GMT-0", "Etc/GMT0", "GMT0", "GMT+0", "GMT-0", "Etc/Greenwich", "Greenwich",
        "Coordinated Universal Time",
    };

    /// <summary>The user's zone from the strongest valid source.</summary>
    public ResolvedTimeZone Resolve(string? explicitTimeZone, string? activityLocalTimezone, string? clientInfoTimezone)
    {
        if (TryFindZone(explicitTimeZone, out var zone))
        {
            return new ResolvedTimeZone(zone, TimeZoneSource.Explicit);
        }

        if (TryFindZone(activityLocalTimezone, out zone) && !IsUtc(activityLocalTimezone))
        {
            return new ResolvedTimeZone(zone, TimeZoneSource.Activity);
        }

        if (TryFindZone(clientInfoTimezone, out zone) && !IsUtc(clientInfoTimezone))
        {
            return new ResolvedTimeZone(zone, TimeZoneSource.ClientInfo);
        }

        return new ResolvedTimeZone(calendar.DefaultTimeZone, TimeZoneSource.SchoolDefault);
    }

    /// <summary>Finds a zone by IANA id (Windows ids work too); false for empty, unknown or malformed ids.</summary>
    public static bool TryFindZone([NotNullWhen(true)] string? id, [NotNullWhen(true)] out TimeZoneInfo? zone)
    {
        zone = null;
        if (string.IsNullOrWhiteSpace(id) || id.Length > 64)
        {
            return false;
        }

        try
        {
            return TimeZoneInfo.TryFindSystemTimeZoneById(id.Trim(), out zone);
        }
        catch (Exception exception) when (exception is ArgumentException or InvalidTimeZoneException or System.Security.SecurityException or IOException)
        {
            return false;
        }
    }

    /// <summary>True for the ids that mean plain UTC/GMT rather than a place.</summary>
    public static bool IsUtc(string? id) => id is not null && UtcIds.Contains(id.Trim());
}

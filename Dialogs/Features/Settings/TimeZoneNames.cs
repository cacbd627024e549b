namespace CoachBot.Dialogs.Features.Settings;

/// <summary>
/// Finds an IANA time zone from what a user types: the exact id ("Europe/Oslo"), or a unique city or
/// region name ("oslo", "new york", "los angeles"), case and spacing ignored.
/// </summary>
public static class TimeZoneNames
{
    public static TimeZoneInfo? Find(string text)
    {
        var typed = (text ?? "").Trim();
        if (typed.Length is 0 or > 64)
        {
            return null;
        }

        if (TimeZoneInfo.TryFindSystemTimeZoneById(typed, out var exact) && typed.Contains('/', StringComparison.Ordinal))
        {
            return exact;
        }

        var wanted = Simplify(typed);
        var matches = TimeZoneInfo.GetSystemTimeZones()
            .Where(zone => zone.Id.Contains('/', StringComparison.Ordinal))
            .Where(zone => Simplify(zone.Id) == wanted || Simplify(zone.Id[(zone.Id.LastIndexOf('/') + 1)..]) == wanted)
            .Take(2)
            .ToList();
        return matches.Count == 1 ? matches[0] : null;
    }

    private static string Simplify(string value) =>
        new([.. value.ToUpperInvariant().Where(char.IsLetterOrDigit)]);
}

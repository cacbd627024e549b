using CoachBot.Dialogs.School;

namespace CoachBot.Dialogs.Features.Reflections;

/// <summary>
/// What follows <c>my reflections</c>: "this week" or "last week" (school weeks from <c>School:WeekStart</c> in the
/// coach's zone), a role by its name ("mentor", "data coach"), "diverted", or any word to look for — a period may
/// come with one of the others ("mentor this week"). An unknown role name is simply a word to look for.
/// </summary>
public sealed record ReflectionListFilter(ReflectionQuery Query, string? Label)
{
    private const int MaxWordsLength = 100;
    private static readonly string[] Fillers = ["about ", "on ", "for ", "with ", "in "];

    public static ReflectionListFilter Parse(string typed, ReflectionRoles roles, SchoolCalendar calendar, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(roles);
        ArgumentNullException.ThrowIfNull(calendar);
        var rest = string.Join(' ', (typed ?? string.Empty).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).Trim().Trim('"', '\u201c', '\u201d');
        DateOnly? week = null;
        string? period = null;
        foreach (var (phrase, weeksBack) in new[] { ("this school week", 0), ("last school week", 1), ("this week", 0), ("last week", 1) })
        {
            if (rest.Equals(phrase, StringComparison.OrdinalIgnoreCase)
                || rest.StartsWith(phrase + " ", StringComparison.OrdinalIgnoreCase)
                || rest.EndsWith(" " + phrase, StringComparison.OrdinalIgnoreCase))
            {
                week = calendar.GetWeek(today).Start.AddDays(-7 * weeksBack);
                period = weeksBack == 0 ? "this week" : "last week";
                rest = rest.Equals(phrase, StringComparison.OrdinalIgnoreCase) ? string.Empty
                    : rest.StartsWith(phrase + " ", StringComparison.OrdinalIgnoreCase) ? rest[(phrase.Length + 1)..].Trim()
                    : rest[..^(phrase.Length + 1)].Trim();
                break;
            }
        }

        foreach (var filler in Fillers)
        {
            if (rest.StartsWith(filler, StringComparison.OrdinalIgnoreCase))
            {
                rest = rest[filler.Length..].Trim();
            }
        }

        if (rest.Length == 0)
        {
            return new ReflectionListFilter(new ReflectionQuery(WeekStart: week), period);
        }

        if (rest.Equals("diverted", StringComparison.OrdinalIgnoreCase) || rest.Equals("diverted time", StringComparison.OrdinalIgnoreCase))
        {
            return new ReflectionListFilter(new ReflectionQuery(WeekStart: week, Kind: ReflectionKind.Diverted), Join("diverted time", period));
        }

        if (roles.Find(rest) is { } role)
        {
            return new ReflectionListFilter(new ReflectionQuery(WeekStart: week, RoleId: role), Join(roles.Title(role), period));
        }

        var words = rest.Length <= MaxWordsLength ? rest : rest[..MaxWordsLength];
        return new ReflectionListFilter(new ReflectionQuery(WeekStart: week, Words: words), Join($"\u201c{words}\u201d", period));
    }

    private static string Join(string what, string? period) => period is null ? what : $"{what} \u00b7 {period}";
}

using CoachBot.Dialogs.School;
using Microsoft.Extensions.Options;

namespace CoachBot.Dialogs.Features.Coverage;

/// <summary>
/// The schools of <c>School:Schools</c> as coverage and requests use them. With none configured there is one school,
/// stored as <see cref="TheOnlySchool"/> (an empty name) and never shown or asked about.
/// </summary>
public sealed class Schools(IOptions<SchoolOptions> options)
{
    /// <summary>The school of a request or coverage when CoachBot serves a single unnamed school.</summary>
    public const string TheOnlySchool = "";

    /// <summary>The configured names, trimmed, in the order of the setting.</summary>
    public IReadOnlyList<string> Names { get; } = [.. (options.Value.Schools ?? []).Select(name => name.Trim()).Where(name => name.Length > 0)];

    /// <summary>True when a person has to say which school: two or more are configured.</summary>
    public bool MustChoose => Names.Count > 1;

    /// <summary>The configured name matching <paramref name="typed"/> (case and spaces ignored), or null.</summary>
    public string? Find(string? typed)
    {
        var wanted = Simplify(typed);
        if (wanted.Length == 0)
        {
            return null;
        }

        return Names.FirstOrDefault(name => Simplify(name) == wanted)
            ?? (Names.Where(name => Simplify(name).StartsWith(wanted, StringComparison.Ordinal)).ToList() is [var only] ? only : null);
    }

    /// <summary>
    /// The school a teacher's request belongs to: their remembered one when it is still configured, the only school when
    /// there is one, else null (they must be asked).
    /// </summary>
    public string? SchoolOf(string? remembered) => Names.Count switch
    {
        0 => TheOnlySchool,
        1 => Names[0],
        _ => Find(remembered) is { } name && name.Equals(remembered?.Trim(), StringComparison.OrdinalIgnoreCase) ? name : null,
    };

    private static string Simplify(string? text) =>
        new([.. (text ?? "").ToUpperInvariant().Where(char.IsLetterOrDigit)]);
}

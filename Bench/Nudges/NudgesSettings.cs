using System.Globalization;

namespace CoachBot.Bench.Nudges;

/// <summary>The <c>nudges</c> command's options, parsed from its arguments.</summary>
internal sealed record NudgesSettings
{
    public const string Usage =
        "[--coaches N] [--kill-at FRACTION] [--limit PER_SECOND] [--fail-share SHARE] [--lead SECONDS] [--timeout SECONDS] [--bot-dll PATH] [--host-env KEY=VALUE]...  "
        + "weekly nudges for N coaches of one tenant, all due at one instant, from the real host to a rate-limited fake connector: sent, duplicates, missed, rate";

    /// <summary>Coaches, all in one tenant, each with a 1:1 chat, the coach role and one active goal.</summary>
    public int Coaches { get; init; } = 10_000;

    /// <summary>Kill the host when this share of coaches got their nudge, and start it again on the same database; null = no kill.</summary>
    public double? KillAt { get; init; }

    /// <summary>Requests per sliding second per tenant the fake connector lets in (Teams: 50); above it, 429 with Retry-After.</summary>
    public int Limit { get; init; } = 50;

    /// <summary>Share of the requests let in that the fake connector answers 503.</summary>
    public double FailShare { get; init; } = 0.01;

    /// <summary>At least this long between the host being ready and the due instant (rounded up to a whole minute).</summary>
    public TimeSpan Lead { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>How long to wait after the due instant before giving up; null = 3 × coaches / limit + 5 minutes.</summary>
    public TimeSpan? Timeout { get; init; }

    public string? BotDll { get; init; }

    public IReadOnlyDictionary<string, string> HostEnvironment { get; init; } = new Dictionary<string, string>();

    public TimeSpan EffectiveTimeout => Timeout ?? TimeSpan.FromSeconds((3.0 * Coaches / Limit) + 300);

    public static NudgesSettings? Parse(IReadOnlyList<string> args, TextWriter error)
    {
        var settings = new NudgesSettings();
        for (var i = 0; i < args.Count; i++)
        {
            var name = args[i];
            if (i + 1 >= args.Count)
            {
                error.WriteLine($"nudges: {name} needs a value");
                return null;
            }

            var value = args[++i];
            NudgesSettings? next = name switch
            {
                "--coaches" => Integer(value, 1, 100_000) is { } n ? settings with { Coaches = n } : null,
                "--kill-at" => Number(value, 0.01, 0.99) is { } k ? settings with { KillAt = k } : null,
                "--limit" => Integer(value, 1, 1000) is { } l ? settings with { Limit = l } : null,
                "--fail-share" => Number(value, 0, 0.5) is { } f ? settings with { FailShare = f } : null,
                "--lead" => Number(value, 1, 600) is { } s ? settings with { Lead = TimeSpan.FromSeconds(s) } : null,
                "--timeout" => Number(value, 10, 7200) is { } t ? settings with { Timeout = TimeSpan.FromSeconds(t) } : null,
                "--bot-dll" => File.Exists(value) ? settings with { BotDll = Path.GetFullPath(value) } : null,
                "--host-env" => WithHostVariable(settings, value),
                _ => null,
            };
            if (next is null)
            {
                error.WriteLine($"nudges: '{name} {value}' is not a valid option");
                return null;
            }

            settings = next;
        }

        return settings;
    }

    private static NudgesSettings? WithHostVariable(NudgesSettings settings, string value)
    {
        var equals = value.IndexOf('=', StringComparison.Ordinal);
        if (equals <= 0)
        {
            return null;
        }

        var variables = new Dictionary<string, string>(settings.HostEnvironment) { [value[..equals]] = value[(equals + 1)..] };
        return settings with { HostEnvironment = variables };
    }

    private static double? Number(string value, double min, double max) =>
        double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var n) && n >= min && n <= max ? n : null;

    private static int? Integer(string value, int min, int max) =>
        int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) && n >= min && n <= max ? n : null;
}

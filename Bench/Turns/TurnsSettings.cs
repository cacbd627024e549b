using System.Globalization;

namespace CoachBot.Bench.Turns;

/// <summary>The <c>turns</c> command's options, parsed from its arguments.</summary>
internal sealed record TurnsSettings
{
    public const string DefaultMessage = "What does a data coach do?";

    public TimeSpan Duration { get; init; } = TimeSpan.FromSeconds(10);

    public TimeSpan Warmup { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>
    /// Load (at c=16, not measured) each server gets once before its first level, so tiered JIT and
    /// connection pools reach their steady state as in a long-running host.
    /// </summary>
    public TimeSpan HostWarmup { get; init; } = TimeSpan.FromSeconds(15);

    public IReadOnlyList<int> Levels { get; init; } = [1, 16, 64];

    public string Message { get; init; } = DefaultMessage;

    public bool GroupChat { get; init; }

    /// <summary>Conversations (one virtual user each) shared out among the workers and rotated.</summary>
    public int Conversations { get; init; } = 4096;

    /// <summary>
    /// Tenants (schools) the conversations are spread over, conversation <c>i</c> in tenant <c>i mod N</c>.
    /// Teams allows a bot 50 requests per second per tenant and the host enforces it, so one tenant would
    /// measure that limit instead of the host; 256 tenants at the default limit allow 12,800 replies/s.
    /// </summary>
    public int Tenants { get; init; } = 256;

    /// <summary>Explicit path to CoachBot.Bot.dll; null = the Bot project's build output of this configuration.</summary>
    public string? BotDll { get; init; }

    /// <summary>Overrides the host's <c>Logging:LogLevel:Default</c>; null = the host's own appsettings.</summary>
    public string? HostLogLevel { get; init; }

    /// <summary>Extra environment variables for the bot process (experiments: GC settings, options), <c>--host-env KEY=VALUE</c>.</summary>
    public IReadOnlyDictionary<string, string> HostEnvironment { get; init; } = new Dictionary<string, string>();

    public bool Ceiling { get; init; } = true;

    /// <summary>
    /// Appends every measured request to this file: level, start (ms after the window opened) and latency (ms),
    /// to see whether slow turns are spread out or come together (a stall of the whole host). Null = off.
    /// </summary>
    public string? LatencyLog { get; init; }

    /// <summary>
    /// Every virtual user a rostered coach, put in the database before the host starts: on with <c>--coaches</c>, and
    /// always for a reflection command (<c>reflect: …</c>, <c>diverted: …</c>, <c>my reflections</c>, <c>reflection digest</c>).
    /// </summary>
    public bool Coaches { get; init; }

    /// <summary>Reflections each virtual user has before the run (<c>--reflections N</c>, which implies coaches).</summary>
    public int ReflectionsEach { get; init; }

    /// <summary>True when the virtual users are seeded as coaches.</summary>
    public bool SeedCoaches => Coaches || ReflectionsEach > 0 || IsReflectionCommand(Message);

    /// <summary>Sets <c>DOTNET_PerfMapEnabled=1</c> (and W^X off) in the bot so <c>perf</c> can name JIT-compiled frames.</summary>
    public bool PerfMap { get; init; }

    public const string Usage =
        "[--duration SECONDS] [--warmup SECONDS] [--host-warmup SECONDS] [--levels 1,16,64] [--message TEXT] [--place personal|group] "
        + "[--conversations N] [--tenants N] [--bot-dll PATH] [--host-log-level LEVEL] [--host-env KEY=VALUE]... [--no-ceiling] [--perf-map] [--latency-log PATH] [--coaches] [--reflections N]  message turns over HTTP: rate, latency, share of the harness ceiling, peak memory";

    /// <summary>Parses the arguments; returns null and writes the reason when they are not valid.</summary>
    public static TurnsSettings? Parse(IReadOnlyList<string> args, TextWriter error)
    {
        var settings = new TurnsSettings();
        for (var i = 0; i < args.Count; i++)
        {
            var name = args[i];
            if (name is "--no-ceiling" or "--perf-map" or "--coaches")
            {
                settings = name switch
                {
                    "--no-ceiling" => settings with { Ceiling = false },
                    "--perf-map" => settings with { PerfMap = true },
                    _ => settings with { Coaches = true },
                };
                continue;
            }

            if (i + 1 >= args.Count)
            {
                error.WriteLine($"turns: {name} needs a value");
                return null;
            }

            var value = args[++i];
            TurnsSettings? next = name switch
            {
                "--duration" => Seconds(value, 1, 600) is { } d ? settings with { Duration = d } : null,
                "--warmup" => Seconds(value, 0, 120) is { } w ? settings with { Warmup = w } : null,
                "--host-warmup" => Seconds(value, 0, 600) is { } h ? settings with { HostWarmup = h } : null,
                "--levels" => ParseLevels(value) is { } levels ? settings with { Levels = levels } : null,
                "--message" => value.Trim().Length > 0 ? settings with { Message = value.Trim() } : null,
                "--place" => value switch
                {
                    "personal" => settings with { GroupChat = false },
                    "group" => settings with { GroupChat = true },
                    _ => null,
                },
                "--conversations" => Integer(value, 1, 100_000) is { } n ? settings with { Conversations = n } : null,
                "--tenants" => Integer(value, 1, 100_000) is { } t ? settings with { Tenants = t } : null,
                "--bot-dll" => File.Exists(value) ? settings with { BotDll = Path.GetFullPath(value) } : null,
                "--host-log-level" => value is "Trace" or "Debug" or "Information" or "Warning" or "Error" or "Critical" or "None"
                    ? settings with { HostLogLevel = value }
                    : null,
                "--host-env" => WithHostVariable(settings, value),
                "--reflections" => Integer(value, 0, 100_000) is { } r ? settings with { ReflectionsEach = r } : null,
                "--latency-log" => value.Trim().Length > 0 ? settings with { LatencyLog = Path.GetFullPath(value) } : null,
                _ => null,
            };
            if (next is null)
            {
                error.WriteLine($"turns: '{name} {value}' is not a valid option");
                return null;
            }

            settings = next;
        }

        if (settings.Levels.Max() > settings.Conversations)
        {
            error.WriteLine("turns: --conversations must be at least the highest level");
            return null;
        }

        if ((long)settings.ReflectionsEach * settings.Conversations > 1_000_000)
        {
            error.WriteLine("turns: --reflections times --conversations is over a million rows; use fewer conversations");
            return null;
        }

        return settings;
    }

    /// <summary>What the message exercises, for the output.</summary>
    public string Feature => Message switch
    {
        DefaultMessage => "roles Q&A answer, a card reply",
        "help" => "help command, a card reply",
        _ when Message.StartsWith("reflect:", StringComparison.OrdinalIgnoreCase) => "reflection one-liner saved, a card reply",
        _ when IsReflectionCommand(Message) => "reflections command, a card reply",
        _ => "custom message",
    };

    private static bool IsReflectionCommand(string message)
    {
        var text = message.Trim().ToLowerInvariant();
        return text.StartsWith("reflect", StringComparison.Ordinal) || text.StartsWith("diverted", StringComparison.Ordinal)
            || text.StartsWith("my reflections", StringComparison.Ordinal) || text.StartsWith("reflection digest", StringComparison.Ordinal);
    }

    private static TurnsSettings? WithHostVariable(TurnsSettings settings, string value)
    {
        var equals = value.IndexOf('=', StringComparison.Ordinal);
        if (equals <= 0)
        {
            return null;
        }

        var variables = new Dictionary<string, string>(settings.HostEnvironment) { [value[..equals]] = value[(equals + 1)..] };
        return settings with { HostEnvironment = variables };
    }

    private static TimeSpan? Seconds(string value, double min, double max) =>
        double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var s) && s >= min && s <= max
            ? TimeSpan.FromSeconds(s)
            : null;

    private static int? Integer(string value, int min, int max) =>
        int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) && n >= min && n <= max ? n : null;

    private static int[]? ParseLevels(string value)
    {
        var levels = value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(part => Integer(part, 1, 1024))
            .ToArray();
        return levels.Length > 0 && levels.All(l => l is not null) ? levels.Select(l => l!.Value).ToArray() : null;
    }
}

using System.Globalization;

namespace CoachBot.Bench.Turns;

/// <summary>
/// <c>turns</c>: drives message turns over HTTP against CoachBot's real host (a child process: Production with Bot:AllowUnauthenticated,
/// anonymous, a fresh SQLite file, replies to a loopback fake connector) at each concurrency level, then the
/// same load against a trivial forwarding endpoint (the harness's ceiling on this machine), and prints
/// <c>turns c=16 rate=R/s p50_ms=… p99_ms=… ceiling=C/s share=S% peak_ws_mb=…</c> per level.
/// Details (CPU per turn, replies per turn, errors) go to standard error.
/// </summary>
internal sealed class TurnsCommand : IBenchCommand
{
    private const string HealthPath = "healthz";
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(90);
    private static readonly TimeSpan RequestTimeout = TimeSpan.FromSeconds(30);

    public string Name => "turns";

    public string Usage => TurnsSettings.Usage;

    public int Run(IReadOnlyList<string> args, TextWriter output, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(args);
        if (args.Count >= 3 && args[0] == CeilingHost.ServeFlag && args[1] == "--urls")
        {
            return CeilingHost.RunAsync(args[2], CancellationToken.None).GetAwaiter().GetResult();
        }

        if (TurnsSettings.Parse(args, error) is not { } settings)
        {
            error.WriteLine($"usage: turns {TurnsSettings.Usage}");
            return CommandDispatcher.UsageError;
        }

        // Bounded: every level of both servers, plus start-up, plus the request timeout to drain.
        var perLevel = settings.Warmup + settings.Duration + RequestTimeout;
        var perServer = StartTimeout + settings.HostWarmup + RequestTimeout + (perLevel * settings.Levels.Count);
        return ChildRun.Bounded(Name, perServer * 2, error, cancellationToken => RunAsync(settings, output, error, cancellationToken));
    }

    private static async Task<int> RunAsync(TurnsSettings settings, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        var botDll = ChildRun.BotDll(settings.BotDll);

        await using var connector = await FakeConnector.StartAsync(cancellationToken);
        var activities = new InboundActivities(connector.ServiceUrl, settings.Message, settings.GroupChat, settings.Conversations, settings.Tenants);
        output.WriteLine(Header(settings, botDll));

        var bot = await MeasureBotAsync(settings, botDll, connector, activities, error, cancellationToken);
        var ceiling = settings.Ceiling
            ? await MeasureCeilingAsync(settings, connector, activities, error, cancellationToken)
            : null;

        for (var i = 0; i < settings.Levels.Count; i++)
        {
            output.WriteLine(Line(bot.Results[i], ceiling?[i], bot.PeakMegabytes[i]));
        }

        if (connector.Unexpected > 0)
        {
            error.WriteLine($"# warning: the fake connector got {connector.Unexpected} requests it does not serve");
        }

        return bot.Results.Any(r => r.Turns == 0) ? 1 : 0;
    }

    private static async Task<(List<LoadResult> Results, List<double> PeakMegabytes)> MeasureBotAsync(
        TurnsSettings settings, string botDll, FakeConnector connector, InboundActivities activities, TextWriter error, CancellationToken cancellationToken)
    {
        var databasePath = Path.Combine(Path.GetTempPath(), $"coachbot-bench-{Guid.NewGuid():N}.db");
        var environment = new Dictionary<string, string>
        {
            // Production, as deployed, with the explicit anonymous switch (no app id: no token checks, no outbound tokens).
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
            ["DOTNET_ENVIRONMENT"] = "Production",
            ["Bot__AppId"] = "",
            ["Bot__AllowUnauthenticated"] = "true",
            ["Storage__ConnectionString"] = $"Data Source={databasePath}",
        };
        if (settings.HostLogLevel is { } logLevel)
        {
            environment["Logging__LogLevel__Default"] = logLevel;
        }

        foreach (var (key, value) in settings.HostEnvironment)
        {
            environment[key] = value;
        }

        if (settings.PerfMap)
        {
            environment["DOTNET_PerfMapEnabled"] = "1";
            environment["DOTNET_EnableWriteXorExecute"] = "0";
        }

        var results = new List<LoadResult>();
        var peaks = new List<double>();
        try
        {
            if (settings.SeedCoaches)
            {
                var seeding = System.Diagnostics.Stopwatch.StartNew();
                await CoachSeed.SeedAsync(databasePath, settings.Conversations, settings.ReflectionsEach, cancellationToken);
                error.WriteLine(I($"# bot: {settings.Conversations} virtual users made coaches, {settings.ReflectionsEach} reflections each, before start-up ({seeding.Elapsed.TotalSeconds:0.0} s)"));
            }

            await using var host = await ChildHost.StartAsync([botDll], Path.GetDirectoryName(botDll)!, environment, HealthPath, StartTimeout, cancellationToken);
            error.WriteLine($"# bot: pid {host.ProcessId} at {host.BaseUri}, database {databasePath}, peak_ws_mb after start-up {Mb(host.PeakWorkingSetMegabytes())}");
            using var client = BenchHttp.CreateClient(RequestTimeout);
            var generator = new LoadGenerator(client, new Uri(host.BaseUri, "api/messages"), activities, () => SnapshotOf(host, connector), settings.LatencyLog);
            var warmupTurns = await WarmUpAsync(generator, "bot", settings, cancellationToken);
            foreach (var level in settings.Levels)
            {
                var result = await generator.RunAsync(level, $"bot-c{level.ToString(CultureInfo.InvariantCulture)}", settings.Warmup, settings.Duration, cancellationToken);
                host.EnsureRunning("bot");
                results.Add(result);
                peaks.Add(host.PeakWorkingSetMegabytes());
                error.WriteLine(Detail("bot", result, host.PeakWorkingSetMegabytes()));
            }

            error.WriteLine(I($"# bot: {warmupTurns + results.Sum(r => r.Sent)} turns sent in all (warm-ups included); the connector got {connector.Activities} activities"));
        }
        finally
        {
            foreach (var suffix in new[] { "", "-wal", "-shm" })
            {
                File.Delete(databasePath + suffix);
            }
        }

        return (results, peaks);
    }

    private static async Task<List<LoadResult>> MeasureCeilingAsync(
        TurnsSettings settings, FakeConnector connector, InboundActivities activities, TextWriter error, CancellationToken cancellationToken)
    {
        var benchDll = typeof(TurnsCommand).Assembly.Location;
        var environment = new Dictionary<string, string>
        {
            // The bot runs with workstation GC (Bot.csproj); the ceiling gets the same.
            ["DOTNET_gcServer"] = "0",
        };
        var results = new List<LoadResult>();
        await using var host = await ChildHost.StartAsync(
            [benchDll, "turns", CeilingHost.ServeFlag], Path.GetDirectoryName(benchDll)!, environment, HealthPath, StartTimeout, cancellationToken);
        using var client = BenchHttp.CreateClient(RequestTimeout);
        var generator = new LoadGenerator(client, new Uri(host.BaseUri, "api/messages"), activities, () => SnapshotOf(host, connector), settings.LatencyLog);
        await WarmUpAsync(generator, "ceiling", settings, cancellationToken);
        foreach (var level in settings.Levels)
        {
            var result = await generator.RunAsync(level, $"ceiling-c{level.ToString(CultureInfo.InvariantCulture)}", settings.Warmup, settings.Duration, cancellationToken);
            host.EnsureRunning("ceiling");
            results.Add(result);
            error.WriteLine(Detail("ceiling", result, host.PeakWorkingSetMegabytes()));
        }

        return results;
    }

    /// <summary>The once-per-server warm-up: load at c=16 (or fewer conversations) for the host warm-up time, not measured.</summary>
    private static async Task<long> WarmUpAsync(LoadGenerator generator, string target, TurnsSettings settings, CancellationToken cancellationToken)
    {
        if (settings.HostWarmup <= TimeSpan.Zero)
        {
            return 0;
        }

        var warmup = await generator.RunAsync(Math.Min(16, settings.Conversations), target + "-warmup", settings.HostWarmup, TimeSpan.Zero, cancellationToken);
        return warmup.Sent;
    }

    private static Snapshot SnapshotOf(ChildHost host, FakeConnector connector)
    {
        using var self = System.Diagnostics.Process.GetCurrentProcess();
        return new Snapshot(host.CpuTime(), self.TotalProcessorTime, connector.Activities, host.OutputLines);
    }

    private static string Header(TurnsSettings settings, string botDll) => 
        I($"# turns: host={Path.GetFileName(botDll)} ({ChildRun.Configuration}, own process, workstation GC, Production with Bot:AllowUnauthenticated = anonymous, no app id, ")
        + I($"log level {settings.HostLogLevel ?? "from appsettings"}); state=fresh temp SQLite file (WAL); replies to a loopback fake connector; ")
        + I($"message=\"{settings.Message}\" ({settings.Feature}) in {(settings.GroupChat ? "group chats (@mention)" : "personal chats")}; ")
        + I($"{settings.Conversations} conversations, one user each{(settings.SeedCoaches ? $", each a rostered coach with {settings.ReflectionsEach} reflections" : string.Empty)}, rotated per worker; ")
        + I($"{settings.Tenants} tenants (conversation i in tenant i mod {settings.Tenants}); outbound rate limits at their defaults (50/s per tenant, 7/s and 60/30 s per conversation); ")
        + I($"host_warmup={settings.HostWarmup.TotalSeconds:0.#}s at c=16, then per level warmup={settings.Warmup.TotalSeconds:0.#}s duration={settings.Duration.TotalSeconds:0.#}s per level; ")
        + "ceiling=trivial ASP.NET Core process that parses the body and forwards one reply; "
        + I($"cores={Environment.ProcessorCount} loadavg={ProcStatus.LoadAverage()}");

    private static string Line(LoadResult bot, LoadResult? ceiling, double peakMegabytes) => 
        I($"turns c={bot.Concurrency} rate={bot.Rate:0}/s p50_ms={bot.P50Ms:0.00} p99_ms={bot.P99Ms:0.00} ")
        + I($"ceiling={(ceiling is null ? "n/a" : ceiling.Rate.ToString("0", CultureInfo.InvariantCulture))}/s ")
        + I($"share={(ceiling is { Rate: > 0 } ? (100 * bot.Rate / ceiling.Rate).ToString("0.0", CultureInfo.InvariantCulture) : "n/a")}% ")
        + I($"peak_ws_mb={Mb(peakMegabytes)}");

    private static string Detail(string target, LoadResult r, double peakMegabytes) => 
        I($"# {target} c={r.Concurrency}: turns={r.Turns} errors={r.Errors}{(r.FirstError is null ? "" : $" (first: {r.FirstError})")} ")
        + I($"rate={r.Rate:0.0}/s p50_ms={r.P50Ms:0.00} p99_ms={r.P99Ms:0.00} max_ms={r.MaxMs:0.00} ")
        + I($"cpu_ms_per_turn={r.TargetCpuMsPerTurn:0.000} cores_busy={r.TargetCores:0.00} harness_cpu_ms_per_turn={r.HarnessCpuMsPerTurn:0.000} ")
        + I($"replies_per_turn={r.RepliesPerTurn:0.00} log_lines_per_turn={r.LogLinesPerTurn:0.00} peak_ws_mb={Mb(peakMegabytes)} loadavg={ProcStatus.LoadAverage()}");

    private static string I(FormattableString text) => FormattableString.Invariant(text);

    private static string Mb(double megabytes) => megabytes.ToString("0.0", CultureInfo.InvariantCulture);
}

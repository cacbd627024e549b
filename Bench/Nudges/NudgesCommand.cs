using System.Diagnostics;
using System.Globalization;
using CoachBot.Bench.Turns;

namespace CoachBot.Bench.Nudges;

/// <summary>
/// <c>nudges</c> (issue 20, "Measure"): CoachBot's real host as a child process (Production with Bot:AllowUnauthenticated,
/// a fresh SQLite file) sends the weekly nudges of N coaches of one tenant, all due at one instant, through its job table,
/// nudge job and outbound layer to a loopback fake connector that lets in at most L requests per second per tenant (429 with
/// Retry-After above it) and answers a small random share 503. The connector counts what it accepted; the run ends when the
/// host has no nudge job of that week left to run. With <c>--kill-at F</c> the host is killed when a share F of the coaches
/// got theirs and started again on the same database. Last line:
/// <c>nudges: sent=S duplicates=D missed=M elapsed=Ts rate=R/s limit=L/s</c> (elapsed from the due instant to the last coach
/// first reached; rate = S / elapsed). Progress and details go to standard error.
/// </summary>
internal sealed class NudgesCommand : IBenchCommand
{
    private const string HealthPath = "healthz";

    /// <summary>How the host logs a claim taken over after an unmarked lease (a possible duplicate), by the console logger.</summary>
    private const string ResendPattern = "NudgeJob[5502]";

    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(90);
    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(200);

    public string Name => "nudges";

    public string Usage => NudgesSettings.Usage;

    public int Run(IReadOnlyList<string> args, TextWriter output, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(args);
        if (NudgesSettings.Parse(args, error) is not { } settings)
        {
            error.WriteLine($"usage: nudges {NudgesSettings.Usage}");
            return CommandDispatcher.UsageError;
        }

        return ChildRun.Bounded(
            Name,
            StartTimeout * 3 + TimeSpan.FromMinutes(3) + settings.EffectiveTimeout,
            error,
            cancellationToken => RunAsync(settings, output, error, cancellationToken));
    }

    private static async Task<int> RunAsync(NudgesSettings settings, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        var botDll = ChildRun.BotDll(settings.BotDll);
        var coaches = settings.Coaches;
        var tenant = InboundActivities.TenantIdOf(0);
        var tenantOf = Enumerable.Range(0, coaches).ToDictionary(NudgeSeed.ConversationIdOf, _ => tenant, StringComparer.Ordinal);
        await using var connector = await RateLimitedConnector.StartAsync(settings.Limit, settings.FailShare, 20, tenantOf, cancellationToken);
        var databasePath = Path.Combine(Path.GetTempPath(), $"coachbot-bench-nudges-{Guid.NewGuid():N}.db");
        var environment = HostEnvironment(settings, databasePath);
        ChildHost? host = null;
        try
        {
            DateTimeOffset now;
            DateTimeOffset due;
            int planned;
            var planning = Stopwatch.StartNew();
            using (var seed = new NudgeSeed(databasePath))
            {
                var seeding = Stopwatch.StartNew();
                await seed.SeedCoachesAsync(coaches, connector.ServiceUrl, tenant, cancellationToken);
                error.WriteLine(I($"# seeded {coaches} coaches (roster, 1:1 chat in the directory, one active goal) in {seeding.Elapsed.TotalSeconds:0.0} s"));

                host = await StartHostAsync(botDll, environment, cancellationToken);
                error.WriteLine($"# bot: pid {host.ProcessId} at {host.BaseUri}, database {databasePath}");

                // The schedule keeps hours and minutes: the due instant is a whole minute, far enough ahead to plan everyone first.
                now = TimeProvider.System.GetUtcNow();
                due = CeilingMinute(now + settings.Lead + TimeSpan.FromMilliseconds(2.0 * coaches));
                planning.Restart();
                planned = await seed.PlanAsync(coaches, due, cancellationToken);
            }

            if (planned != coaches || TimeProvider.System.GetUtcNow() >= due)
            {
                throw new InvalidOperationException(I($"only {planned} of {coaches} nudges were planned for {due:u} before it came; use a longer --lead"));
            }

            error.WriteLine(I($"# planned {planned} weekly nudges with NudgeScheduling in {planning.Elapsed.TotalSeconds:0.0} s, all due at {due:u}"));
            output.WriteLine(Header(settings, botDll, due));

            var deadline = due + settings.EffectiveTimeout;
            var killTarget = settings.KillAt is { } share ? (int)Math.Ceiling(share * coaches) : (int?)null;
            long resendsBeforeKill = 0;
            int? reachedAtKill = null;
            var lastReport = TimeProvider.System.GetUtcNow();
            var lastJobCheck = DateTimeOffset.MinValue;
            while (true)
            {
                await Task.Delay(Poll, TimeProvider.System, cancellationToken);
                host.EnsureRunning("bot");
                var counts = connector.Counts();
                now = TimeProvider.System.GetUtcNow();
                if (killTarget is { } target && reachedAtKill is null && counts.Reached >= target)
                {
                    reachedAtKill = counts.Reached;
                    resendsBeforeKill = host.PatternHits;
                    await host.DisposeAsync();
                    host = null;
                    error.WriteLine(I($"# killed the host at {now:HH:mm:ss.f} with {counts.Reached} coaches reached ({counts.Accepted} accepted sends); starting it again on the same database"));
                    host = await StartHostAsync(botDll, environment, cancellationToken);
                    error.WriteLine(I($"# bot restarted: pid {host.ProcessId} at {host.BaseUri} ({(TimeProvider.System.GetUtcNow() - now).TotalSeconds:0.0} s after the kill)"));
                    continue;
                }

                if (now - lastReport >= TimeSpan.FromSeconds(10))
                {
                    lastReport = now;
                    error.WriteLine(Progress(counts, due, now));
                }

                if (now > due + TimeSpan.FromSeconds(1) && now - lastJobCheck >= TimeSpan.FromSeconds(1))
                {
                    lastJobCheck = now;
                    if (await NudgeProgress.OpenJobsAsync(databasePath, due + TimeSpan.FromHours(1), cancellationToken) == 0)
                    {
                        break;
                    }
                }

                if (now > deadline)
                {
                    error.WriteLine(I($"# gave up {settings.EffectiveTimeout.TotalSeconds:0} s after the due instant with nudge jobs still open"));
                    break;
                }
            }

            var final = connector.Counts();
            error.WriteLine(Progress(final, due, TimeProvider.System.GetUtcNow()));
            error.WriteLine("# " + await NudgeProgress.DescribeAsync(databasePath, cancellationToken));
            error.WriteLine(I($"# connector: accepted={final.Accepted} throttled_429={final.Throttled} failed_503={final.Failed} unexpected={final.Unexpected} first_reached={Seconds(final.FirstReached, due)}s after due"));
            var resends = resendsBeforeKill + host.PatternHits;
            var missed = coaches - final.Reached;
            var elapsed = final.LastReached is { } last ? last - due : TimeSpan.Zero;
            var rate = elapsed > TimeSpan.Zero ? final.Reached / elapsed.TotalSeconds : 0;
            if (settings.KillAt is not null)
            {
                output.WriteLine(I($"# kill-at {settings.KillAt:0.##}: host killed with {reachedAtKill?.ToString(CultureInfo.InvariantCulture) ?? "n/a"} coaches reached; resends logged (event 5502)={resends}"));
            }

            output.WriteLine(I($"nudges: sent={final.Reached} duplicates={final.Duplicates} missed={missed} elapsed={elapsed.TotalSeconds:0.0}s rate={rate:0.0}/s limit={settings.Limit}/s"));
            var honest = missed == 0 && (settings.KillAt is null ? final.Duplicates == 0 : final.Duplicates <= resends);
            return honest ? 0 : 1;
        }
        finally
        {
            if (host is not null)
            {
                await host.DisposeAsync();
            }

            foreach (var suffix in new[] { "", "-wal", "-shm" })
            {
                File.Delete(databasePath + suffix);
            }
        }
    }

    private static Task<ChildHost> StartHostAsync(string botDll, IReadOnlyDictionary<string, string> environment, CancellationToken cancellationToken) =>
        ChildHost.StartAsync([botDll], Path.GetDirectoryName(botDll)!, environment, HealthPath, StartTimeout, cancellationToken, ResendPattern);

    private static Dictionary<string, string> HostEnvironment(NudgesSettings settings, string databasePath)
    {
        var environment = new Dictionary<string, string>
        {
            // Production, as deployed, with the explicit anonymous switch (no app id: no token checks, no outbound tokens).
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
            ["DOTNET_ENVIRONMENT"] = "Production",
            ["Bot__AppId"] = "",
            ["Bot__AllowUnauthenticated"] = "true",
            ["Storage__ConnectionString"] = $"Data Source={databasePath}",
            ["School__DefaultTimeZone"] = NudgeSeed.ZoneId,
        };
        var days = NudgeSeed.SchoolSettings().SchoolDays;
        for (var i = 0; i < days.Count; i++)
        {
            environment[I($"School__SchoolDays__{i}")] = days[i].ToString();
        }

        foreach (var (key, value) in settings.HostEnvironment)
        {
            environment[key] = value;
        }

        return environment;
    }

    private static DateTimeOffset CeilingMinute(DateTimeOffset at)
    {
        var floor = new DateTimeOffset(at.Year, at.Month, at.Day, at.Hour, at.Minute, 0, TimeSpan.Zero);
        return floor == at ? at : floor.AddMinutes(1);
    }

    private static string Progress(ConnectorCounts counts, DateTimeOffset due, DateTimeOffset now)
    {
        var since = (now - due).TotalSeconds;
        return I($"# t={since:0.0}s reached={counts.Reached} duplicates={counts.Duplicates} accepted={counts.Accepted} 429={counts.Throttled} 503={counts.Failed} ")
            + I($"rate_so_far={(since > 0 ? counts.Reached / since : 0):0.0}/s loadavg={ProcStatus.LoadAverage()}");
    }

    private static string Seconds(DateTimeOffset? at, DateTimeOffset due) =>
        at is { } value ? (value - due).TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture) : "n/a";

    private static string Header(NudgesSettings settings, string botDll, DateTimeOffset due) =>
        I($"# nudges: host={Path.GetFileName(botDll)} ({ChildRun.Configuration}, own process, Production with Bot:AllowUnauthenticated, fresh temp SQLite file, ")
        + I($"settings at their defaults{(settings.HostEnvironment.Count == 0 ? "" : " except " + string.Join(' ', settings.HostEnvironment.Select(p => p.Key + "=" + p.Value)))}); ")
        + I($"{settings.Coaches} coaches in one tenant, each with a 1:1 chat, the coach role and one active goal, all due at {due:HH:mm:ss} UTC; ")
        + I($"fake connector: {settings.Limit} requests per sliding second per tenant (429 + Retry-After above), {settings.FailShare:P1} answered 503; ")
        + I($"{(settings.KillAt is { } k ? $"host killed at {k:P0} reached and restarted; " : "")}cores={Environment.ProcessorCount} loadavg={ProcStatus.LoadAverage()}");

    private static string I(FormattableString text) => FormattableString.Invariant(text);
}

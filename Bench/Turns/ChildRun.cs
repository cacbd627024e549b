using System.Reflection;
using System.Runtime.InteropServices;

namespace CoachBot.Bench.Turns;

/// <summary>
/// What the benchmarks that start CoachBot's host as a child process (<c>turns</c>, <c>nudges</c>) share: which host to
/// run, and a run bounded in time that Ctrl+C or SIGTERM stops cleanly (children killed, database deleted by the run's own
/// clean-up), with an expected failure reported in one line instead of a stack trace.
/// </summary>
internal static class ChildRun
{
    /// <summary>The build configuration Bench was built in (Debug or Release).</summary>
    public static string Configuration { get; } =
        typeof(ChildRun).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "?";

    /// <summary>The host to run: <paramref name="given"/>, else the Bot project's build output for this configuration.</summary>
    /// <exception cref="InvalidOperationException">Neither is there.</exception>
    public static string BotDll(string? given) =>
        given ?? LocateBotDll(Configuration)
        ?? throw new InvalidOperationException("CoachBot.Bot.dll not found: build the Bot project (dotnet build -c Release Bot) or pass --bot-dll PATH");

    /// <summary>
    /// Runs <paramref name="run"/> within <paramref name="bound"/>; Ctrl+C or SIGTERM cancel it. An expected failure (the host
    /// would not start, a timeout, I/O, SQLite) prints <c>name: reason</c> and returns 1.
    /// </summary>
    public static int Bounded(string name, TimeSpan bound, TextWriter error, Func<CancellationToken, Task<int>> run)
    {
        using var limit = new CancellationTokenSource(bound);

        void Interrupt(PosixSignalContext context)
        {
            context.Cancel = true;
            limit.Cancel();
        }

        using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, Interrupt);
        using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Interrupt);
        try
        {
            return run(limit.Token).GetAwaiter().GetResult();
        }
        catch (Exception exception) when (exception is InvalidOperationException or TimeoutException or OperationCanceledException or HttpRequestException
            or IOException or UnauthorizedAccessException or System.ComponentModel.Win32Exception or Microsoft.Data.Sqlite.SqliteException)
        {
            error.WriteLine(limit.IsCancellationRequested ? $"{name}: stopped (interrupted or over its time bound)" : $"{name}: {exception.Message}");
            return 1;
        }
    }

    /// <summary>The Bot project's build output for this configuration (found from the repository root), else the copy beside Bench.</summary>
    private static string? LocateBotDll(string configuration)
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "CoachBot.sln")))
            {
                var candidate = Path.Combine(folder.FullName, "Bot", "bin", configuration, "net10.0", "CoachBot.Bot.dll");
                return File.Exists(candidate) ? candidate : null;
            }
        }

        var beside = Path.Combine(AppContext.BaseDirectory, "CoachBot.Bot.dll");
        return File.Exists(beside) ? beside : null;
    }
}

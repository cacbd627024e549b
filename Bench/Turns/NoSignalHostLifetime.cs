using Microsoft.Extensions.Hosting;

namespace CoachBot.Bench.Turns;

/// <summary>
/// A host lifetime that leaves SIGINT/SIGTERM alone: the in-process servers must not swallow the signal
/// (the default console lifetime would), so the <c>turns</c> command can stop the run, kill its children
/// and delete its files.
/// </summary>
internal sealed class NoSignalHostLifetime : IHostLifetime
{
    public Task WaitForStartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}

using CoachBot.Bot.Storage;

namespace CoachBot.Tests.Storage;

/// <summary>
/// Keeps a database's single writer busy inside one write until <see cref="Release"/>, so that writes queued
/// meanwhile are committed together in the writer's next batch (the "same moment" of a group commit).
/// </summary>
internal sealed class WriterGate : IDisposable
{
    private readonly ManualResetEventSlim _release = new();

    private WriterGate()
    {
    }

    /// <summary>The holding write; completes after <see cref="Release"/> and its commit.</summary>
    public Task Held { get; private set; } = Task.CompletedTask;

    /// <summary>Returns once the writer is running the holding write.</summary>
    public static async Task<WriterGate> HoldAsync(SqliteDatabase database, CancellationToken cancellationToken)
    {
        var gate = new WriterGate();
        var entered = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        gate.Held = Task.Run(
            () => database.WriteAsync(
                _ =>
                {
                    entered.SetResult();
                    gate._release.Wait(cancellationToken);
                },
                cancellationToken),
            cancellationToken);
        await entered.Task.WaitAsync(cancellationToken);
        return gate;
    }

    /// <summary>Lets the holding write finish; the writer then runs everything queued meanwhile.</summary>
    public Task Release()
    {
        _release.Set();
        return Held;
    }

    /// <summary>Releases the writer if a test ended early (the event is left to the GC: the writer may still be waking from it).</summary>
    public void Dispose() => _release.Set();
}

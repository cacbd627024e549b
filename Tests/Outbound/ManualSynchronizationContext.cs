using System.Collections.Concurrent;

namespace CoachBot.Tests.Outbound;

/// <summary>
/// Holds the continuations posted to it until <see cref="RunPending"/>, so a test decides when an awaiting
/// method started under it resumes (to order it deterministically against other work).
/// </summary>
internal sealed class ManualSynchronizationContext : SynchronizationContext
{
    private readonly ConcurrentQueue<(SendOrPostCallback Callback, object? State)> _posted = new();

    public override void Post(SendOrPostCallback d, object? state) => _posted.Enqueue((d, state));

    /// <summary>Starts <paramref name="start"/> under this context: its awaits resume only when <see cref="RunPending"/> runs them.</summary>
    public Task Start(Func<Task> start)
    {
        var previous = Current;
        SetSynchronizationContext(this);
        try
        {
            return start();
        }
        finally
        {
            SetSynchronizationContext(previous);
        }
    }

    /// <summary>Resumes everything posted so far (on the calling thread, outside this context).</summary>
    public void RunPending()
    {
        while (_posted.TryDequeue(out var posted))
        {
            posted.Callback(posted.State);
        }
    }
}

using System.Collections.Concurrent;
using CoachBot.Dialogs.Scheduling;

namespace CoachBot.Tests.Scheduling;

/// <summary>A job handler that records every run and then does what the test tells it (Done by default).</summary>
internal sealed class RecordingJobHandler(string kind, Func<JobContext, CancellationToken, Task<JobOutcome>>? behaviour = null) : IJobHandler
{
    public string Kind => kind;

    public ConcurrentQueue<JobContext> Runs { get; } = new();

    public async Task<JobOutcome> HandleAsync(JobContext context, CancellationToken cancellationToken)
    {
        Runs.Enqueue(context);
        return behaviour is null ? JobOutcome.Done : await behaviour(context, cancellationToken);
    }
}

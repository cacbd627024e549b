using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace CoachBot.Tests.Scheduling;

/// <summary>Lets a test wait until a component has logged a given event id (no polling, no sleeps).</summary>
internal sealed class SignalingLoggerProvider : ILoggerProvider
{
    private readonly ConcurrentDictionary<int, TaskCompletionSource> _events = new();

    public Task WaitForAsync(int eventId) =>
        Signal(eventId).Task.WaitAsync(TimeSpan.FromSeconds(30), TimeProvider.System, TestContext.Current.CancellationToken);

    public ILogger CreateLogger(string categoryName) => new Logger(this);

    public void Dispose()
    {
    }

    private TaskCompletionSource Signal(int eventId) =>
        _events.GetOrAdd(eventId, _ => new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));

    private sealed class Logger(SignalingLoggerProvider provider) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            provider.Signal(eventId.Id).TrySetResult();
    }
}

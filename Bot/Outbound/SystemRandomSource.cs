namespace CoachBot.Bot.Outbound;

/// <summary><see cref="IRandomSource"/> over the thread-safe shared <see cref="Random"/>.</summary>
public sealed class SystemRandomSource : IRandomSource
{
    // Jitter is not security-sensitive.
    public double NextDouble() => Random.Shared.NextDouble();
}

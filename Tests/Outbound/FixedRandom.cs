using CoachBot.Bot.Outbound;

namespace CoachBot.Tests.Outbound;

/// <summary>A "random" source that always answers the same number (0.5 = no jitter).</summary>
public sealed class FixedRandom(double value = 0.5) : IRandomSource
{
    public double NextDouble() => value;
}

namespace CoachBot.Bot.Outbound;

/// <summary>Randomness for back-off jitter, injectable so tests are deterministic.</summary>
public interface IRandomSource
{
    /// <summary>A number in [0, 1).</summary>
    double NextDouble();
}

namespace CoachBot.Cards.Model;

/// <summary>An Adaptive Card (placeholder until the typed model lands).</summary>
public sealed class AdaptiveCard
{
}

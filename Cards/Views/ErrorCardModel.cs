namespace CoachBot.Cards.Views;

/// <summary>What the error card needs: an optional reference (correlation id) the user can pass on.</summary>
public sealed record ErrorCardModel(string? CorrelationId);

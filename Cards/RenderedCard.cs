using CoachBot.Cards.Model;

namespace CoachBot.Cards;

/// <summary>
/// A card ready to send, with what is kept beside it rather than inside it: its stable kind name
/// (e.g. <c>welcome</c>, <c>role.answer</c>), the id of this card instance (carried by its actions, so a
/// submit can be matched to the card that was sent), and a plain-text summary for notifications.
/// </summary>
public sealed record RenderedCard(string Kind, string InstanceId, AdaptiveCard Card, string Summary);

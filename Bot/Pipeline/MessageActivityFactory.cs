using CoachBot.Bot.Protocol.Activities;
using CoachBot.Cards.Model;
using CoachBot.Dialogs.Messaging;

namespace CoachBot.Bot.Pipeline;

/// <summary>
/// Text becomes a Markdown message; a card becomes one Adaptive Card attachment with its plain-text summary
/// (what Teams shows in notifications). Card and text are never mixed in one activity, so the card's
/// message id stays updatable (protocol.md §1.7).
/// </summary>
public sealed class MessageActivityFactory : IMessageActivityFactory
{
    public Activity Create(MessageContent content) => content switch
    {
        MessageContent.Text text => Activity.CreateMessage(text.Value),
        MessageContent.Card card => Activity.CreateCardMessage(RawJson.FromUtf8(card.Value.Utf8JsonMemory), card.Value.Summary),
        _ => throw new ArgumentOutOfRangeException(nameof(content), "Unknown message content."),
    };
}

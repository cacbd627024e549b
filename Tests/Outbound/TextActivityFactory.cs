using CoachBot.Bot.Protocol.Activities;
using CoachBot.Dialogs.Messaging;

namespace CoachBot.Tests.Outbound;

/// <summary>A stand-in for the host's activity factory: text as a message, a card as a message naming it.</summary>
public sealed class TextActivityFactory : IMessageActivityFactory
{
    public Activity Create(MessageContent content) => content switch
    {
        MessageContent.Text text => Activity.CreateMessage(text.Value),
        MessageContent.Card card => new Activity { Type = ActivityTypes.Message, Summary = card.Value.Summary, Text = $"[card {card.Value.Kind}]" },
        _ => throw new ArgumentOutOfRangeException(nameof(content)),
    };
}

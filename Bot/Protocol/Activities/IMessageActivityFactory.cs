using CoachBot.Dialogs.Messaging;

namespace CoachBot.Bot.Protocol.Activities;

/// <summary>
/// Turns what a feature wants to say (<see cref="MessageContent"/>) into a wire activity: text as a Markdown
/// message, a card as one Adaptive Card attachment with its summary. Implemented by the host's pipeline.
/// </summary>
public interface IMessageActivityFactory
{
    Activity Create(MessageContent content);
}

using CoachBot.Cards;

namespace CoachBot.Dialogs.Messaging;

/// <summary>What a feature sends: a text or a card. The host turns it into a wire activity.</summary>
public abstract record MessageContent
{
    private MessageContent()
    {
    }

    /// <summary>A text message (Teams renders a Markdown subset).</summary>
    public sealed record Text(string Value) : MessageContent;

    /// <summary>One Adaptive Card.</summary>
    public sealed record Card(RenderedCard Value) : MessageContent;
}

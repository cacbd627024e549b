using System.Text.Json;
using CoachBot.Bot.Protocol.Activities;
using CoachBot.Cards.Model;
using CoachBot.Dialogs.Engine;

namespace CoachBot.Bot.Pipeline;

/// <summary>The HTTP body answered to an <c>adaptiveCard/action</c> invoke (protocol.md §4.2).</summary>
public static class InvokeResponses
{
    public static AdaptiveCardInvokeResponse Create(InvokeReply reply) => reply switch
    {
        InvokeReply.ReplaceCard replace => new AdaptiveCardInvokeResponse
        {
            StatusCode = 200,
            Type = ContentTypes.AdaptiveCard,
            Value = replace.Card.ToElement(),
        },
        InvokeReply.Message message => new AdaptiveCardInvokeResponse
        {
            StatusCode = 200,
            Type = ContentTypes.ActivityMessage,
            // Teams shows this text under the card as plain text: drop the Markdown bold markers.
            Value = JsonSerializer.SerializeToElement(message.Text.Replace("**", "", StringComparison.Ordinal), ProtocolJsonContext.Default.String),
        },
        _ => throw new ArgumentOutOfRangeException(nameof(reply), "Unknown invoke reply."),
    };
}

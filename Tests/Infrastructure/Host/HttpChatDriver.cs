using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using CoachBot.Bot.Protocol.Activities;

namespace CoachBot.Tests.Infrastructure.Host;

/// <summary>
/// Posts activities to the real <c>/api/messages</c> of a <see cref="CoachBotFactory"/> host (optionally with a
/// signed token) and collects what reached the recording connector. The host awaits each turn inside the
/// request, so everything sent is there when the POST returns: no polling, no sleeps.
/// </summary>
public sealed class HttpChatDriver(CoachBotFactory factory, Func<Activity, string?>? tokenFor = null) : IChatDriver
{
    private readonly HttpClient _client = factory.CreateClient();

    public async Task<ChatTurnResult> DeliverAsync(Activity activity, CancellationToken cancellationToken)
    {
        while (factory.Connector.Sent.TryDequeue(out _))
        {
            // Forget what earlier steps left unread; each turn reports only its own sends.
        }

        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages")
        {
            Content = new StringContent(JsonSerializer.Serialize(activity, ProtocolJsonContext.Default.Activity), Encoding.UTF8, "application/json"),
        };
        if (tokenFor?.Invoke(activity) is { } token)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        using var response = await _client.SendAsync(request, cancellationToken);
        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        JsonElement? invokeBody = body.Length > 0 && response.Content.Headers.ContentType?.MediaType == "application/json"
            ? JsonDocument.Parse(body).RootElement.Clone()
            : null;

        var replies = new List<ChatReply>();
        while (factory.Connector.Sent.TryDequeue(out var sent))
        {
            replies.Add(ToReply(sent));
        }

        return new ChatTurnResult((int)response.StatusCode, invokeBody, replies);
    }

    internal static ChatReply ToReply(SentActivity sent)
    {
        var card = sent.Activity.Attachments?.FirstOrDefault(a => a.ContentType == ContentTypes.AdaptiveCard)?.Content?.Element;
        return new ChatReply(sent.ConversationId, sent.ActivityId, sent.Activity.Text, card is { } c ? CardKindOf(c) : null, card, sent.IsUpdate);
    }

    /// <summary>A card's kind is the id of its first body element (the cards' convention).</summary>
    public static string? CardKindOf(JsonElement card) =>
        card.TryGetProperty("body", out var body) && body.ValueKind == JsonValueKind.Array && body.GetArrayLength() > 0
        && body[0].TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.String
            ? id.GetString()
            : "(no kind)";
}

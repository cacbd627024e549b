using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using CoachBot.Bot.Protocol.Activities;
using Xunit.Sdk;

namespace CoachBot.Tests.Infrastructure.Host;

/// <summary>
/// The running state of a scripted chat: who speaks where, what CoachBot has said and not yet been checked,
/// the cards seen (so a button can be pressed the way Teams would), and the transcript printed on a mismatch.
/// </summary>
public sealed class ChatSession(IChatDriver driver, ChatUser user, ChatPlace place)
{
    private readonly Queue<ChatReply> _unchecked = new();
    private readonly List<ChatReply> _cards = [];
    private readonly StringBuilder _transcript = new();

    public ChatUser User { get; set; } = user;

    public ChatPlace Place { get; set; } = place;

    public ChatTurnResult? LastTurn { get; private set; }

    public string? TimeZone { get; set; } = "Europe/Oslo";

    public async Task SendAsync(string text, CancellationToken cancellationToken)
    {
        _transcript.AppendLine($"{User.Name} ({Place.ConversationType}): {text}");
        await DeliverAsync(ActivityBuilder.Message(User, Place, text, TimeZone), cancellationToken);
    }

    public async Task DeliverAsync(Activity activity, CancellationToken cancellationToken)
    {
        LastTurn = await driver.DeliverAsync(activity, cancellationToken);
        if (LastTurn.Status is < 200 or > 299)
        {
            Fail($"expected a 2xx answer from /api/messages, got {LastTurn.Status}");
        }

        if (LastTurn.InvokeBody is { } invoke)
        {
            _transcript.AppendLine($"   invoke response: {invoke.GetRawText()}");
        }

        foreach (var reply in LastTurn.Replies)
        {
            _transcript.AppendLine($"   {reply}");
            _unchecked.Enqueue(reply);
            if (reply.CardKind is not null)
            {
                _cards.Add(reply);
            }
        }
    }

    /// <summary>
    /// Presses the newest card button with <paramref name="verb"/>: its data merged with <paramref name="inputs"/>,
    /// as Teams does, sent as an Action.Execute invoke (or an Action.Submit message when <paramref name="asSubmit"/>).
    /// </summary>
    public async Task PressAsync(string verb, object? inputs, bool asSubmit, CancellationToken cancellationToken)
    {
        var (card, data) = FindButton(verb);
        if (inputs is not null && JsonSerializer.SerializeToNode(inputs) is JsonObject extra)
        {
            foreach (var (name, value) in extra)
            {
                data[name] = value?.DeepClone();
            }
        }

        _transcript.AppendLine($"{User.Name} presses '{verb}' on [card {card.CardKind}] with {data.ToJsonString()}");
        var activity = asSubmit
            ? ActivityBuilder.Submit(User, Place, data, card.ActivityId)
            : ActivityBuilder.Execute(User, Place, verb, data, card.ActivityId);
        await DeliverAsync(activity, cancellationToken);
    }

    /// <summary>
    /// Messages CoachBot sent outside a turn (a job, the outbox), in order: checked with the same Expect steps as replies.
    /// </summary>
    public void RecordSent(string what, IEnumerable<ChatReply> sent)
    {
        ArgumentNullException.ThrowIfNull(sent);
        _transcript.AppendLine($"({what})");
        foreach (var reply in sent)
        {
            _transcript.AppendLine($"   {reply}");
            _unchecked.Enqueue(reply);
            if (reply.CardKind is not null)
            {
                _cards.Add(reply);
            }
        }
    }

    public ChatReply Next(string expectation)
    {
        if (!_unchecked.TryDequeue(out var reply))
        {
            Fail($"expected {expectation}, but CoachBot said nothing more");
        }

        return reply!;
    }

    public void ExpectNothingMore()
    {
        if (_unchecked.Count > 0)
        {
            Fail($"expected no more replies, but CoachBot also sent: {string.Join("; ", _unchecked)}");
        }
    }

    public JsonElement InvokeBody(string expectation)
    {
        if (LastTurn?.InvokeBody is not { } body)
        {
            Fail($"expected {expectation} in the invoke response, but there was no invoke body");
            return default;
        }

        return body;
    }

    [System.Diagnostics.CodeAnalysis.DoesNotReturn]
    public void Fail(string message) =>
        throw new XunitException($"{message}\n--- transcript so far ---\n{_transcript}");

    private (ChatReply Card, JsonObject Data) FindButton(string verb)
    {
        // The newest such card in the chat the user is in (as Teams shows it), else the newest anywhere.
        foreach (var here in new[] { true, false })
        {
            for (var i = _cards.Count - 1; i >= 0; i--)
            {
                if ((!here || _cards[i].ConversationId == Place.ConversationId) && FindAction(_cards[i].Card!.Value, verb) is { } data)
                {
                    return (_cards[i], data);
                }
            }
        }

        Fail($"no card so far has a button with verb '{verb}'");
        return default;
    }

    private static JsonObject? FindAction(JsonElement element, string verb)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                if (element.TryGetProperty("type", out var type) && type.ValueKind == JsonValueKind.String
                    && type.GetString() is "Action.Execute" or "Action.Submit")
                {
                    var data = element.TryGetProperty("data", out var d) && d.ValueKind == JsonValueKind.Object ? d : default;
                    var actionVerb = element.TryGetProperty("verb", out var v) && v.ValueKind == JsonValueKind.String ? v.GetString()
                        : data.ValueKind == JsonValueKind.Object && data.TryGetProperty("verb", out var dv) ? dv.GetString() : null;
                    if (actionVerb == verb)
                    {
                        return data.ValueKind == JsonValueKind.Object ? JsonNode.Parse(data.GetRawText())!.AsObject() : [];
                    }
                }

                foreach (var property in element.EnumerateObject())
                {
                    if (FindAction(property.Value, verb) is { } found)
                    {
                        return found;
                    }
                }

                return null;
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray())
                {
                    if (FindAction(item, verb) is { } found)
                    {
                        return found;
                    }
                }

                return null;
            default:
                return null;
        }
    }
}

using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using System.Text.Json;

namespace CoachBot.Tests.Infrastructure.Host;

/// <summary>
/// A chat written like a transcript and run when awaited:
/// <c>await chat.Send("help").ExpectCard("help").ExpectNoMoreReplies();</c>
/// Each call returns a new script (the chain is immutable); a mismatch fails with the transcript so far.
/// </summary>
public sealed class ChatScript
{
    private readonly ChatSession _session;
    private readonly ImmutableList<Func<ChatSession, Task>> _steps;

    public ChatScript(ChatSession session)
        : this(session, [])
    {
    }

    private ChatScript(ChatSession session, ImmutableList<Func<ChatSession, Task>> steps)
    {
        _session = session;
        _steps = steps;
    }

    public ChatSession Session => _session;

    public ChatScript Send(string text) => Then(s => s.SendAsync(text, CancellationToken.None));

    /// <summary>Presses a card button (Action.Execute) by verb, with input values as Teams merges them.</summary>
    public ChatScript Execute(string verb, object? inputs = null) => Then(s => s.PressAsync(verb, inputs, asSubmit: false, CancellationToken.None));

    /// <summary>The same press arriving as an Action.Submit message (older cards, fallbacks).</summary>
    public ChatScript Submit(string verb, object? inputs = null) => Then(s => s.PressAsync(verb, inputs, asSubmit: true, CancellationToken.None));

    public ChatScript Deliver(Func<ChatSession, CoachBot.Bot.Protocol.Activities.Activity> activity) =>
        Then(s => s.DeliverAsync(activity(s), CancellationToken.None));

    public ChatScript As(ChatUser user) => Then(s =>
    {
        s.User = user;
        return Task.CompletedTask;
    });

    public ChatScript In(ChatPlace place) => Then(s =>
    {
        s.Place = place;
        return Task.CompletedTask;
    });

    public ChatScript ExpectText(string expected) =>
        ExpectText(text => string.Equals(text, expected, StringComparison.Ordinal), $"the text \"{expected}\"");

    public ChatScript ExpectTextContaining(string part) =>
        ExpectText(text => text.Contains(part, StringComparison.OrdinalIgnoreCase), $"a text containing \"{part}\"");

    public ChatScript ExpectText(Func<string, bool> check, string description) => Then(s =>
    {
        var reply = s.Next(description);
        if (reply.Text is not { } text || !check(text))
        {
            s.Fail($"expected {description}, got {reply}");
        }

        return Task.CompletedTask;
    });

    /// <summary>The next message is a card of <paramref name="kind"/> (optionally checked further).</summary>
    public ChatScript ExpectCard(string kind, Action<ChatReply>? check = null) => Then(s =>
    {
        var reply = s.Next($"a [card {kind}]");
        if (reply.CardKind != kind)
        {
            s.Fail($"expected a [card {kind}], got {reply}");
        }

        check?.Invoke(reply);
        return Task.CompletedTask;
    });

    /// <summary>The next message went to the user's personal chat (a private output asked elsewhere).</summary>
    public ChatScript ExpectPrivate(Action<ChatReply>? check = null) => Then(s =>
    {
        var reply = s.Next("a private message");
        if (!reply.ConversationId.StartsWith("a:", StringComparison.Ordinal) || reply.ConversationId == s.Place.ConversationId && s.Place.IsShared)
        {
            s.Fail($"expected a message in the personal chat, got {reply}");
        }

        check?.Invoke(reply);
        return Task.CompletedTask;
    });

    /// <summary>The invoke answered with a transient message containing <paramref name="part"/>.</summary>
    public ChatScript ExpectInvokeMessage(string part) => Then(s =>
    {
        var body = s.InvokeBody($"a message containing \"{part}\"");
        if (body.GetProperty("type").GetString() != "application/vnd.microsoft.activity.message"
            || body.GetProperty("value").GetString() is not { } text || !text.Contains(part, StringComparison.OrdinalIgnoreCase))
        {
            s.Fail($"expected an invoke message containing \"{part}\", got {body.GetRawText()}");
        }

        return Task.CompletedTask;
    });

    /// <summary>The invoke answered with a replacement card of <paramref name="kind"/>.</summary>
    public ChatScript ExpectInvokeCard(string kind) => Then(s =>
    {
        var body = s.InvokeBody($"a [card {kind}]");
        if (body.GetProperty("type").GetString() != "application/vnd.microsoft.card.adaptive"
            || HttpChatDriver.CardKindOf(body.GetProperty("value")) != kind)
        {
            s.Fail($"expected an invoke response with [card {kind}], got {body.GetRawText()}");
        }

        return Task.CompletedTask;
    });

    /// <summary>
    /// The pressed card's message was updated for everyone (the PUT that follows an invoke answered with a replacement
    /// card of <paramref name="kind"/>).
    /// </summary>
    public ChatScript ExpectCardUpdated(string kind) => ExpectCard(kind, update =>
    {
        if (!update.IsUpdate)
        {
            Assert.Fail($"expected the pressed card's message to be updated to [card {kind}], got a new message {update}");
        }
    });

    public ChatScript ExpectStatus(int status) => Then(s =>
    {
        if (s.LastTurn?.Status != status)
        {
            s.Fail($"expected HTTP {status}, got {s.LastTurn?.Status}");
        }

        return Task.CompletedTask;
    });

    public ChatScript ExpectNoMoreReplies() => Then(s =>
    {
        s.ExpectNothingMore();
        return Task.CompletedTask;
    });

    /// <summary>Any other check against the session.</summary>
    public ChatScript Then(Func<ChatSession, Task> step) => new(_session, _steps.Add(step));

    public TaskAwaiter GetAwaiter() => RunAsync().GetAwaiter();

    private async Task RunAsync()
    {
        foreach (var step in _steps)
        {
            await step(_session);
        }
    }
}

/// <summary>Reads card JSON in assertions.</summary>
public static class CardAssert
{
    public static void Contains(ChatReply reply, string text)
    {
        ArgumentNullException.ThrowIfNull(reply);
        Assert.Contains(text, reply.CardText(), StringComparison.OrdinalIgnoreCase);
    }

    public static JsonElement Body(ChatReply reply)
    {
        ArgumentNullException.ThrowIfNull(reply);
        return reply.Card!.Value.GetProperty("body");
    }

    /// <summary>The card's input with this id (an <c>Input.*</c> element); fails when it has none.</summary>
    public static JsonElement Input(ChatReply reply, string id) =>
        FindInput(reply, id) ?? throw new Xunit.Sdk.XunitException($"the card has no input '{id}'");

    /// <summary>The card's input with this id (an <c>Input.*</c> element), or null.</summary>
    public static JsonElement? FindInput(ChatReply reply, string id)
    {
        ArgumentNullException.ThrowIfNull(reply);
        return reply.Card is { } card ? Find(card, id) : null;
    }

    private static JsonElement? Find(JsonElement element, string id)
    {
        if (element.ValueKind == JsonValueKind.Object)
        {
            if (element.TryGetProperty("id", out var found) && found.ValueKind == JsonValueKind.String && found.GetString() == id
                && element.TryGetProperty("type", out var type) && type.GetString()!.StartsWith("Input.", StringComparison.Ordinal))
            {
                return element;
            }

            foreach (var property in element.EnumerateObject())
            {
                if (Find(property.Value, id) is { } inner)
                {
                    return inner;
                }
            }
        }
        else if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in element.EnumerateArray())
            {
                if (Find(item, id) is { } inner)
                {
                    return inner;
                }
            }
        }

        return null;
    }
}

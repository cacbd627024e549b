namespace CoachBot.Tests.Infrastructure.Connector;

/// <summary>
/// A fake Bot Connector (or token endpoint) for <see cref="IHttpClientFactory"/> clients: records every
/// request with the time it arrived, answers from per-method/path scripts (consumed in order, or
/// <see cref="Always"/>), optionally answers every activity send with <c>201 {"id":"&lt;n&gt;"}</c>, and
/// FAILS on any request it did not expect (throws, and lists it in <see cref="Unexpected"/>).
/// </summary>
public sealed class ScriptedConnectorHandler(TimeProvider? clock = null) : HttpMessageHandler
{
    private readonly TimeProvider _clock = clock ?? TimeProvider.System;
    private readonly Lock _lock = new();
    private readonly List<Script> _scripts = [];
    private readonly List<RecordedRequest> _requests = [];
    private readonly List<string> _unexpected = [];
    private bool _answerSends;
    private int _nextId;

    public IReadOnlyList<RecordedRequest> Requests
    {
        get
        {
            lock (_lock)
            {
                return [.. _requests];
            }
        }
    }

    public IReadOnlyList<string> Unexpected
    {
        get
        {
            lock (_lock)
            {
                return [.. _unexpected];
            }
        }
    }

    /// <summary>Answers the next requests to <paramref name="method"/> <paramref name="path"/> (escaped AbsolutePath) with these responses, in order.</summary>
    public ScriptedConnectorHandler On(HttpMethod method, string path, params ScriptedResponse[] responses) =>
        On(request => request.Method == method && request.RequestUri!.AbsolutePath == path, $"{method} {path}", repeat: false, responses);

    /// <summary>Answers every request to <paramref name="method"/> <paramref name="path"/> with <paramref name="response"/>.</summary>
    public ScriptedConnectorHandler Always(HttpMethod method, string path, ScriptedResponse response) =>
        On(request => request.Method == method && request.RequestUri!.AbsolutePath == path, $"{method} {path}", repeat: true, response);

    /// <summary>Answers the next requests that <paramref name="match"/> with these responses.</summary>
    public ScriptedConnectorHandler On(Func<HttpRequestMessage, bool> match, string description, bool repeat, params ScriptedResponse[] responses)
    {
        ArgumentNullException.ThrowIfNull(responses);
        lock (_lock)
        {
            _scripts.Add(new Script(match, description, new Queue<ScriptedResponse>(responses), repeat));
        }

        return this;
    }

    /// <summary>Answers every otherwise unscripted <c>POST …/activities</c> with <c>201 {"id":"&lt;n&gt;"}</c> (n = 1, 2, …).</summary>
    public ScriptedConnectorHandler AnswerSendsWithIds()
    {
        _answerSends = true;
        return this;
    }

    /// <summary>Requests whose path ends with <paramref name="suffix"/>.</summary>
    public IReadOnlyList<RecordedRequest> RequestsTo(string suffix) =>
        Requests.Where(r => r.Path.EndsWith(suffix, StringComparison.Ordinal)).ToList();

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = request.Content is null ? null : await request.Content.ReadAsStringAsync(cancellationToken);
        var recorded = new RecordedRequest(request.Method, request.RequestUri!, request.Headers.Authorization?.ToString(), body, _clock.GetUtcNow());
        ScriptedResponse? response;
        lock (_lock)
        {
            _requests.Add(recorded);
            response = Next(request);
            if (response is null)
            {
                _unexpected.Add(recorded.ToString());
            }
        }

        if (response is null)
        {
            throw new InvalidOperationException($"ScriptedConnectorHandler: unexpected request {recorded}");
        }

        return response.Produce(request, cancellationToken);
    }

    private ScriptedResponse? Next(HttpRequestMessage request)
    {
        foreach (var script in _scripts)
        {
            if (script.Responses.Count > 0 && script.Match(request))
            {
                return script.Repeat ? script.Responses.Peek() : script.Responses.Dequeue();
            }
        }

        if (_answerSends && request.Method == HttpMethod.Post && request.RequestUri!.AbsolutePath.Contains("/activities", StringComparison.Ordinal))
        {
            return ScriptedResponse.Created((++_nextId).ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        return null;
    }

    private sealed record Script(Func<HttpRequestMessage, bool> Match, string Description, Queue<ScriptedResponse> Responses, bool Repeat);
}

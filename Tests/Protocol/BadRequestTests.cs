using System.Net;
using System.Text;
using CoachBot.Tests.Infrastructure.Host;

namespace CoachBot.Tests.Protocol;

/// <summary>Bad bodies get a clear 4xx (problem+json where there is a body), never a 5xx, and run no turn.</summary>
public sealed class BadRequestTests : IDisposable
{
    private readonly CoachBotFactory _factory = new();

    public static TheoryData<string, string, HttpStatusCode> Bodies() => new()
    {
        { "truncated JSON", """{"type":"message","text":"hi","conversation":{"id":"a:1"}""", HttpStatusCode.BadRequest },
        { "wrong types", """{"type":42,"conversation":{"id":"a:1"},"serviceUrl":"https://smba.trafficmanager.net/amer/"}""", HttpStatusCode.BadRequest },
        { "conversation as a string", """{"type":"message","conversation":"a:1","serviceUrl":"https://smba.trafficmanager.net/amer/"}""", HttpStatusCode.BadRequest },
        { "a JSON array", """[{"type":"message"}]""", HttpStatusCode.BadRequest },
        { "JSON null", "null", HttpStatusCode.BadRequest },
        { "no type", """{"conversation":{"id":"a:1"},"serviceUrl":"https://smba.trafficmanager.net/amer/"}""", HttpStatusCode.BadRequest },
        { "no conversation id", """{"type":"message","conversation":{},"serviceUrl":"https://smba.trafficmanager.net/amer/"}""", HttpStatusCode.BadRequest },
        { "no serviceUrl", """{"type":"message","conversation":{"id":"a:1"}}""", HttpStatusCode.BadRequest },
        { "serviceUrl not a URL", """{"type":"message","conversation":{"id":"a:1"},"serviceUrl":"not a url"}""", HttpStatusCode.BadRequest },
        { "serviceUrl not http(s)", """{"type":"message","conversation":{"id":"a:1"},"serviceUrl":"file:///etc/passwd"}""", HttpStatusCode.BadRequest },
    };

    [Theory]
    [MemberData(nameof(Bodies))]
    public async Task Post_BadJsonBody_Is400WithProblemDetails(string what, string body, HttpStatusCode expected)
    {
        using var client = _factory.CreateClient();

        using var response = await client.PostAsync("/api/messages", new StringContent(body, Encoding.UTF8, "application/json"), TestContext.Current.CancellationToken);

        Assert.True(expected == response.StatusCode, $"{what}: expected {expected}, got {response.StatusCode}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Empty(_factory.Connector.Sent);
    }

    [Fact]
    public async Task Post_EmptyBody_Is400()
    {
        using var client = _factory.CreateClient();

        using var response = await client.PostAsync("/api/messages", new StringContent("", Encoding.UTF8, "application/json"), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Post_OneMegabyteBody_Is413()
    {
        using var client = _factory.CreateClient();
        var huge = $$"""{"type":"message","conversation":{"id":"a:1"},"serviceUrl":"https://smba.trafficmanager.net/amer/","text":"{{new string('x', 1024 * 1024)}}"}""";

        using var response = await client.PostAsync("/api/messages", new StringContent(huge, Encoding.UTF8, "application/json"), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Empty(_factory.Connector.Sent);
    }

    [Fact]
    public async Task Post_ChunkedBodyOverTheLimit_Is413()
    {
        using var client = _factory.CreateClient();
        var huge = new string(' ', 300 * 1024) + """{"type":"message","conversation":{"id":"a:1"},"serviceUrl":"https://x.test/"}""";

        // No Content-Length: the limit is enforced while reading.
        using var content = new StreamContent(new UnknownLengthStream(Encoding.UTF8.GetBytes(huge)));
        content.Headers.ContentType = new("application/json");

        using var response = await client.PostAsync("/api/messages", content, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Empty(_factory.Connector.Sent);
    }

    [Fact]
    public async Task Post_ChunkedBodyUnderTheLimitButLargerThanOneReadBuffer_IsReadWhole()
    {
        using var client = _factory.CreateClient();

        // No Content-Length, so the body is read in pieces into a growing buffer. 3,000 small entities of
        // varying width come before the required fields: a piece lost or read twice breaks the JSON.
        var entities = string.Join(",", Enumerable.Range(0, 3000).Select(i => $$"""{"type":"note","n":{{i}}}"""));
        var body = $$"""{"type":"typing","entities":[{{entities}}],"conversation":{"id":"a:1"},"serviceUrl":"https://x.test/"}""";
        Assert.InRange(Encoding.UTF8.GetByteCount(body), 64 * 1024, 200 * 1024);
        using var content = new StreamContent(new UnknownLengthStream(Encoding.UTF8.GetBytes(body)));
        content.Headers.ContentType = new("application/json");

        using var response = await client.PostAsync("/api/messages", content, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData("application/xml", "<activity type=\"message\"/>")]
    [InlineData("text/plain", "hello")]
    [InlineData(null, """{"type":"message"}""")]
    public async Task Post_NonJsonMediaType_Is415(string? mediaType, string body)
    {
        using var client = _factory.CreateClient();
        using var content = new ByteArrayContent(Encoding.UTF8.GetBytes(body));
        if (mediaType is not null)
        {
            content.Headers.ContentType = new(mediaType);
        }

        using var response = await client.PostAsync("/api/messages", content, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
    }

    [Fact]
    public async Task Get_Messages_Is405()
    {
        using var client = _factory.CreateClient();

        using var response = await client.GetAsync("/api/messages", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
    }

    public void Dispose() => _factory.Dispose();

    /// <summary>A body stream that cannot tell its length, so the client sends no Content-Length.</summary>
    private sealed class UnknownLengthStream(byte[] bytes) : MemoryStream(bytes, writable: false)
    {
        public override bool CanSeek => false;
    }
}

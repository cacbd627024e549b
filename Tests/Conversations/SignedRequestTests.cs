using System.Net;
using System.Text;
using System.Text.Json;
using CoachBot.Bot.Protocol.Activities;
using CoachBot.Bot.Protocol.Connector;
using CoachBot.Tests.Infrastructure.Auth;
using CoachBot.Tests.Infrastructure.Host;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.IdentityModel.Tokens;

namespace CoachBot.Tests.Conversations;

/// <summary>
/// The host with authentication on (Production rules, an app id, a locally signed channel token): valid
/// tokens get a conversation; every kind of bad token gets 401 and no turn runs.
/// </summary>
public sealed class SignedRequestTests : IDisposable
{
    private readonly TestTokenIssuer _issuer;
    private readonly CoachBotFactory _factory;

    public SignedRequestTests()
    {
        _factory = new CoachBotFactory("Production", configureServices: services =>
        {
            _issuer!.ConfigureServices(services); // assigned below, before the host is built
            services.RemoveAll<IBotTokenProvider>();
            services.AddSingleton<IBotTokenProvider, FixedBotToken>();
        });

        // Tokens are minted on the host's own (fake) clock.
        _issuer = new TestTokenIssuer(_factory.Time);
    }

    [Fact]
    public async Task Help_WithAValidToken_AnswersAndTheReplyCarriesTheBotToken()
    {
        var driver = new HttpChatDriver(_factory, activity => _issuer.CreateToken(new TestTokenRequest { ServiceUrl = activity.ServiceUrl }));
        var chat = new ChatScript(new ChatSession(driver, ChatUser.Alice, ChatPlace.Personal(ChatUser.Alice)));

        await chat.Send("help").ExpectStatus(200).ExpectCard("help").ExpectNoMoreReplies();
    }

    [Fact]
    public async Task Reply_ToAnAuthenticatedTurn_IsSentWithTheBotsOwnToken()
    {
        var activity = ActivityBuilder.Message(ChatUser.Alice, ChatPlace.Personal(ChatUser.Alice), "help");

        var status = await PostAsync(activity, "Bearer " + _issuer.CreateToken(new TestTokenRequest { ServiceUrl = activity.ServiceUrl }));

        Assert.Equal(HttpStatusCode.OK, status);
        var sent = Assert.Single(_factory.Connector.Sent);
        Assert.Equal("Bearer " + FixedBotToken.Value, sent.Authorization);
    }

    public static TheoryData<string> BadTokens() =>
    [
        "expired", "not yet valid", "wrong audience", "wrong issuer", "bad signature", "alg none", "unknown key id",
        "missing header", "non-Bearer scheme", "missing endorsement", "serviceUrl mismatch",
    ];

    [Theory]
    [MemberData(nameof(BadTokens))]
    public async Task Post_WithABadToken_Is401AndNoTurnRuns(string what)
    {
        var activity = ActivityBuilder.Message(ChatUser.Alice, ChatPlace.Personal(ChatUser.Alice), "help");
        var now = _factory.Time.GetUtcNow();
        var valid = new TestTokenRequest { ServiceUrl = activity.ServiceUrl };
        string? header = what switch
        {
            "expired" => Bearer(valid with { NotBefore = now.AddHours(-3), Expires = now.AddHours(-2) }),
            "not yet valid" => Bearer(valid with { NotBefore = now.AddHours(1), Expires = now.AddHours(2) }),
            "wrong audience" => Bearer(valid with { Audience = Guid.NewGuid().ToString() }),
            "wrong issuer" => Bearer(valid with { Issuer = "https://sts.windows.net/evil/" }),
            "bad signature" => Bearer(valid with { SigningKey = _issuer.CreateKey(_issuer.CurrentKey.KeyId) }),
            "alg none" => Bearer(valid with { Algorithm = "none" }),
            "unknown key id" => Bearer(valid with { SigningKey = _issuer.CreateKey("not-published") }),
            "missing header" => null,
            "non-Bearer scheme" => "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes("bot:secret")),
            "missing endorsement" => Bearer(valid),
            "serviceUrl mismatch" => Bearer(valid with { ServiceUrl = "https://smba.evil.example/" }),
            _ => throw new ArgumentOutOfRangeException(nameof(what)),
        };
        if (what == "missing endorsement")
        {
            activity.ChannelId = "webchat"; // the signing key is endorsed for msteams and emulator only
        }

        var status = await PostAsync(activity, header);

        Assert.Equal(HttpStatusCode.Unauthorized, status);
        Assert.Empty(_factory.Connector.Sent);
    }

    private string Bearer(TestTokenRequest request) => "Bearer " + _issuer.CreateToken(request);

    private async Task<HttpStatusCode> PostAsync(Activity activity, string? authorization)
    {
        using var client = _factory.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages")
        {
            Content = new StringContent(JsonSerializer.Serialize(activity, ProtocolJsonContext.Default.Activity), Encoding.UTF8, "application/json"),
        };
        if (authorization is not null)
        {
            request.Headers.TryAddWithoutValidation("Authorization", authorization);
        }

        using var response = await client.SendAsync(request, TestContext.Current.CancellationToken);
        if (response.StatusCode == HttpStatusCode.Unauthorized)
        {
            Assert.Contains("Bearer", response.Headers.WwwAuthenticate.ToString(), StringComparison.Ordinal);
        }

        return response.StatusCode;
    }

    public void Dispose() => _factory.Dispose();

    private sealed class FixedBotToken : IBotTokenProvider
    {
        public const string Value = "test-bot-token";

        public Task<string?> GetTokenAsync(bool forceRefresh, CancellationToken cancellationToken) => Task.FromResult<string?>(Value);
    }
}

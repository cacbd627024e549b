using CoachBot.Bot.Protocol.Auth;
using CoachBot.Tests.Infrastructure.Auth;
using Microsoft.IdentityModel.Tokens;

namespace CoachBot.Tests.Protocol.Auth;

/// <summary>
/// The inbound-auth matrix of protocol.md §2.1: a Bot Framework channel token is accepted only when every
/// check holds; each broken token is refused (the endpoint then answers 401 and runs no turn).
/// </summary>
public sealed class InboundAuthenticatorTests : IDisposable
{
    private readonly AuthTestHost _host = AuthTestHost.Authenticated();

    private TestTokenIssuer Issuer => _host.Issuer;

    public void Dispose() => _host.Dispose();

    [Fact]
    public async Task ValidChannelToken_IsAccepted_WithItsClaims()
    {
        var result = await _host.SendTokenAsync();

        Assert.True(result.Succeeded, result.ToString());
        Assert.False(result.IsAnonymous);
        Assert.Equal(Issuer.AppId, result.AppId);
        Assert.True(result.Identity.IsAuthenticated);
        Assert.Equal(TestTokenIssuer.DefaultServiceUrl, result.Identity.FindFirst("serviceurl")?.Value);
        Assert.Equal(TestTokenIssuer.Issuer, result.Identity.FindFirst("iss")?.Value);
    }

    [Theory]
    [InlineData(SecurityAlgorithms.RsaSha384)]
    [InlineData(SecurityAlgorithms.RsaSha512)]
    public async Task TokenSignedWithOtherAllowedRsaAlgorithm_IsAccepted(string algorithm)
    {
        var result = await _host.SendTokenAsync(new TestTokenRequest { Algorithm = algorithm });

        Assert.True(result.Succeeded, result.ToString());
    }

    [Fact]
    public async Task ExpiredToken_IsRejected()
    {
        var now = _host.Time.GetUtcNow();
        var result = await _host.SendTokenAsync(new TestTokenRequest { NotBefore = now.AddHours(-2), Expires = now.AddHours(-1) });

        Assert.Equal(InboundAuthFailureReason.Expired, result.FailureReason);
        Assert.Null(result.Identity);
    }

    [Fact]
    public async Task TokenThatExpiresWhileTheClockRuns_IsRejectedOnceBeyondTheSkew()
    {
        var header = Issuer.CreateAuthorizationHeader(); // valid for one hour from now

        _host.Time.Advance(TimeSpan.FromHours(1) + TimeSpan.FromMinutes(4));
        Assert.True((await _host.SendAsync(header)).Succeeded, "within the 5-minute skew the token still passes");

        _host.Time.Advance(TimeSpan.FromMinutes(1) + TimeSpan.FromSeconds(1));
        Assert.Equal(InboundAuthFailureReason.Expired, (await _host.SendAsync(header)).FailureReason);
    }

    [Fact]
    public async Task NotYetValidToken_IsRejected()
    {
        var now = _host.Time.GetUtcNow();
        var result = await _host.SendTokenAsync(new TestTokenRequest { NotBefore = now.AddMinutes(10), Expires = now.AddHours(1) });

        Assert.Equal(InboundAuthFailureReason.NotYetValid, result.FailureReason);
    }

    [Fact]
    public async Task TokenValidSoon_IsAcceptedWithinTheSkew()
    {
        var now = _host.Time.GetUtcNow();
        var result = await _host.SendTokenAsync(new TestTokenRequest { NotBefore = now.AddMinutes(4), Expires = now.AddHours(1) });

        Assert.True(result.Succeeded, result.ToString());
    }

    [Fact]
    public async Task TokenWithoutExpiry_IsRejected()
    {
        var result = await _host.SendTokenAsync(new TestTokenRequest { OmitExpires = true });

        Assert.Equal(InboundAuthFailureReason.InvalidLifetime, result.FailureReason);
    }

    [Fact]
    public async Task TokenForAnotherBot_IsRejectedAsWrongAudience()
    {
        var result = await _host.SendTokenAsync(new TestTokenRequest { Audience = "0b7c2d4e-1111-4222-8333-944455566677" });

        Assert.Equal(InboundAuthFailureReason.WrongAudience, result.FailureReason);
    }

    [Theory]
    [InlineData("https://api.botframework.us")]
    [InlineData("https://sts.windows.net/d6d49420-f39b-4df7-a1dc-d59a935871db/")]
    [InlineData("https://evil.example/")]
    public async Task TokenFromAnotherIssuer_IsRejectedAsWrongIssuer(string issuer)
    {
        var result = await _host.SendTokenAsync(new TestTokenRequest { Issuer = issuer });

        Assert.Equal(InboundAuthFailureReason.WrongIssuer, result.FailureReason);
    }

    [Fact]
    public async Task TokenSignedByAnUnpublishedKeyUnderThePublishedKid_IsRejectedAsBadSignature()
    {
        var impostor = Issuer.CreateKey(Issuer.CurrentKey.KeyId);

        var result = await _host.SendTokenAsync(new TestTokenRequest { SigningKey = impostor });

        Assert.Equal(InboundAuthFailureReason.BadSignature, result.FailureReason);
    }

    [Fact]
    public async Task TokenWhosePayloadWasAltered_IsRejectedAsBadSignature()
    {
        var parts = Issuer.CreateToken().Split('.');
        var forged = Issuer.CreateToken(new TestTokenRequest { Audience = "0b7c2d4e-1111-4222-8333-944455566677" }).Split('.');

        var result = await _host.SendAsync($"Bearer {parts[0]}.{forged[1]}.{parts[2]}");

        Assert.Equal(InboundAuthFailureReason.BadSignature, result.FailureReason);
    }

    [Fact]
    public async Task UnsignedTokenWithAlgNone_IsRejected()
    {
        var result = await _host.SendTokenAsync(new TestTokenRequest { Algorithm = "none" });

        Assert.Equal(InboundAuthFailureReason.UnsignedToken, result.FailureReason);
    }

    [Fact]
    public async Task TokenSignedWithHmacUnderThePublishedKid_IsRejected()
    {
        var result = await _host.SendTokenAsync(new TestTokenRequest { Algorithm = SecurityAlgorithms.HmacSha256 });

        Assert.Equal(InboundAuthFailureReason.BadSignature, result.FailureReason);
    }

    [Fact]
    public async Task TokenWithUnknownKeyId_IsRejected_AfterExactlyOneMetadataRefresh()
    {
        Assert.True((await _host.SendTokenAsync()).Succeeded);
        Assert.Equal(1, Issuer.MetadataFetchCount);
        var stranger = Issuer.CreateKey("unknown-kid");

        var first = await _host.SendTokenAsync(new TestTokenRequest { SigningKey = stranger });
        var second = await _host.SendTokenAsync(new TestTokenRequest { SigningKey = stranger });

        Assert.Equal(InboundAuthFailureReason.UnknownSigningKey, first.FailureReason);
        Assert.Equal(InboundAuthFailureReason.UnknownSigningKey, second.FailureReason);
        Assert.Equal(2, Issuer.MetadataFetchCount);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    public async Task RequestWithoutAuthorizationHeader_IsRejected(string? header)
    {
        var result = await _host.SendAsync(header);

        Assert.Equal(InboundAuthFailureReason.MissingAuthorizationHeader, result.FailureReason);
        Assert.Equal(0, Issuer.MetadataFetchCount);
    }

    [Theory]
    [InlineData("Basic {0}")]
    [InlineData("bearer {0}")]
    [InlineData("Bearer")]
    [InlineData("Bearer ")]
    [InlineData("{0}")]
    [InlineData("Bearer  {0}")]
    [InlineData("Bearer {0} extra")]
    [InlineData("Token {0}")]
    public async Task HeaderThatIsNotExactlyBearerToken_IsRejected(string format)
    {
        var header = string.Format(System.Globalization.CultureInfo.InvariantCulture, format, Issuer.CreateToken());

        var result = await _host.SendAsync(header);

        Assert.Equal(InboundAuthFailureReason.NotBearerScheme, result.FailureReason);
    }

    [Theory]
    [InlineData("not-a-jwt")]
    [InlineData("a.b.c")]
    [InlineData("eyJhbGciOiJSUzI1NiJ9.%%%.sig")]
    public async Task GarbageToken_IsRejectedWithoutThrowing(string token)
    {
        var result = await _host.SendAsync("Bearer " + token);

        Assert.Equal(InboundAuthFailureReason.MalformedToken, result.FailureReason);
    }

    [Fact]
    public async Task ChannelTheSigningKeyIsNotEndorsedFor_IsRejected()
    {
        var result = await _host.SendTokenAsync(channelId: "webchat");

        Assert.Equal(InboundAuthFailureReason.MissingEndorsement, result.FailureReason);
    }

    [Fact]
    public async Task KeyWithoutEndorsements_IsRejected()
    {
        var bare = Issuer.CreateKey("bare-key", endorsements: []);
        Issuer.PublishKeys(Issuer.CurrentKey, bare);

        var result = await _host.SendTokenAsync(new TestTokenRequest { SigningKey = bare });

        Assert.Equal(InboundAuthFailureReason.MissingEndorsement, result.FailureReason);
    }

    [Fact]
    public async Task EveryEndorsedChannel_IsAccepted()
    {
        Assert.True((await _host.SendTokenAsync(channelId: "msteams")).Succeeded);
        Assert.True((await _host.SendTokenAsync(channelId: "emulator")).Succeeded);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    public async Task ActivityWithoutChannelId_IsRejected(string? channelId)
    {
        var result = await _host.SendTokenAsync(channelId: channelId);

        Assert.Equal(InboundAuthFailureReason.MissingChannelId, result.FailureReason);
    }

    [Theory]
    [InlineData("https://smba.trafficmanager.net/emea/")]
    [InlineData("https://smba.trafficmanager.net/teams")]
    [InlineData("https://evil.example/teams/")]
    [InlineData("")]
    [InlineData(null)]
    public async Task ActivityServiceUrlDifferentFromTheTokenClaim_IsRejected(string? serviceUrl)
    {
        var result = await _host.SendTokenAsync(serviceUrl: serviceUrl);

        Assert.Equal(InboundAuthFailureReason.ServiceUrlMismatch, result.FailureReason);
    }

    [Fact]
    public async Task ServiceUrlComparison_IgnoresCase()
    {
        var result = await _host.SendTokenAsync(serviceUrl: TestTokenIssuer.DefaultServiceUrl.ToUpperInvariant());

        Assert.True(result.Succeeded, result.ToString());
    }

    [Fact]
    public async Task TokenWithoutServiceUrlClaim_IsRejected()
    {
        var result = await _host.SendTokenAsync(new TestTokenRequest { OmitServiceUrl = true });

        Assert.Equal(InboundAuthFailureReason.MissingServiceUrlClaim, result.FailureReason);
    }

    [Fact]
    public async Task Rejections_AreLoggedWithTheirReason_ButNeverTheToken()
    {
        var token = Issuer.CreateToken(new TestTokenRequest { Audience = "0b7c2d4e-1111-4222-8333-944455566677" });

        await _host.SendAsync("Bearer " + token);

        var entry = Assert.Single(_host.Logs.Entries, e => e.EventId == 2101);
        Assert.Contains(nameof(InboundAuthFailureReason.WrongAudience), entry.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(_host.Logs.Entries, e => e.Message.Contains(token.Split('.')[2], StringComparison.Ordinal));
    }
}

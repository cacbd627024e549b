using CoachBot.Bot.Protocol.Auth;
using CoachBot.Tests.Infrastructure.Auth;

namespace CoachBot.Tests.Protocol.Auth;

/// <summary>
/// Signing keys are cached, refreshed on a schedule, refreshed once when a token names an unknown key
/// (key rollover), and kept when the metadata cannot be fetched.
/// </summary>
public sealed class SigningKeyRefreshTests : IDisposable
{
    private readonly AuthTestHost _host = AuthTestHost.Authenticated();

    private TestTokenIssuer Issuer => _host.Issuer;

    public void Dispose() => _host.Dispose();

    [Fact]
    public async Task Keys_AreFetchedOnce_AndReusedForLaterRequests()
    {
        for (var i = 0; i < 3; i++)
        {
            Assert.True((await _host.SendTokenAsync()).Succeeded);
            _host.Time.Advance(TimeSpan.FromMinutes(30));
        }

        Assert.Equal(1, Issuer.MetadataFetchCount);
    }

    [Fact]
    public async Task KeyRollover_TokenWithTheNewKey_IsAcceptedAfterOneRefresh()
    {
        Assert.True((await _host.SendTokenAsync()).Succeeded);
        var next = Issuer.CreateKey("rolled-key");
        Issuer.PublishKeys(next);

        var result = await _host.SendTokenAsync(new TestTokenRequest { SigningKey = next });

        Assert.True(result.Succeeded, result.ToString());
        Assert.Equal(2, Issuer.MetadataFetchCount);
    }

    [Fact]
    public async Task ForcedRefreshes_AreAtMostOneEveryFiveMinutes()
    {
        Assert.True((await _host.SendTokenAsync()).Succeeded);
        Assert.Equal(InboundAuthFailureReason.UnknownSigningKey,
            (await _host.SendTokenAsync(new TestTokenRequest { SigningKey = Issuer.CreateKey("stranger-1") })).FailureReason);
        Assert.Equal(2, Issuer.MetadataFetchCount);

        var later = Issuer.CreateKey("rolled-later");
        Issuer.PublishKeys(Issuer.CurrentKey, later);
        _host.Time.Advance(TimeSpan.FromMinutes(4));
        var tooSoon = await _host.SendTokenAsync(new TestTokenRequest { SigningKey = later });
        Assert.Equal(InboundAuthFailureReason.UnknownSigningKey, tooSoon.FailureReason);
        Assert.Equal(2, Issuer.MetadataFetchCount);

        _host.Time.Advance(TimeSpan.FromMinutes(1));
        var afterInterval = await _host.SendTokenAsync(new TestTokenRequest { SigningKey = later });
        Assert.True(afterInterval.Succeeded, afterInterval.ToString());
        Assert.Equal(3, Issuer.MetadataFetchCount);
    }

    [Fact]
    public async Task Keys_AreRefetchedAfterTheAutomaticRefreshInterval_AndRetiredKeysStopWorking()
    {
        Assert.True((await _host.SendTokenAsync()).Succeeded);
        var next = Issuer.CreateKey("next-key");
        Issuer.PublishKeys(next);

        _host.Time.Advance(TimeSpan.FromHours(13));
        var withNewKey = await _host.SendTokenAsync(new TestTokenRequest { SigningKey = next });
        var withRetiredKey = await _host.SendTokenAsync();

        Assert.True(withNewKey.Succeeded, withNewKey.ToString());
        Assert.Equal(InboundAuthFailureReason.UnknownSigningKey, withRetiredKey.FailureReason);
    }

    [Fact]
    public async Task WhenMetadataCannotBeRefreshed_TheLastGoodKeysKeepWorking()
    {
        Assert.True((await _host.SendTokenAsync()).Succeeded);
        Issuer.Documents.Remove(TestTokenIssuer.MetadataUrl);

        _host.Time.Advance(TimeSpan.FromHours(13));
        var result = await _host.SendTokenAsync();

        Assert.True(result.Succeeded, result.ToString());
        Assert.Equal(2, Issuer.MetadataFetchCount);
    }

    [Fact]
    public async Task WhenMetadataWasNeverFetched_RequestsAreRejected_AndRetriedLater()
    {
        Issuer.Documents.Remove(TestTokenIssuer.JwksUrl);

        var first = await _host.SendTokenAsync();
        var soonAfter = await _host.SendTokenAsync();
        Assert.Equal(InboundAuthFailureReason.MetadataUnavailable, first.FailureReason);
        Assert.Equal(InboundAuthFailureReason.MetadataUnavailable, soonAfter.FailureReason);
        Assert.Equal(1, Issuer.MetadataFetchCount);

        Issuer.PublishKeys(Issuer.CurrentKey);
        _host.Time.Advance(TimeSpan.FromSeconds(30));
        var recovered = await _host.SendTokenAsync();

        Assert.True(recovered.Succeeded, recovered.ToString());
        Assert.Equal(2, Issuer.MetadataFetchCount);
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("{\"keys\": []}")]
    [InlineData("{\"keys\": [{\"kty\": \"RSA\", \"kid\": \"x\"}]}")]
    public async Task BrokenKeySet_MeansMetadataUnavailable_NotACrash(string jwks)
    {
        Issuer.Documents.Set(TestTokenIssuer.JwksUrl, jwks);

        var result = await _host.SendTokenAsync();

        Assert.Equal(InboundAuthFailureReason.MetadataUnavailable, result.FailureReason);
    }

    [Fact]
    public async Task MetadataWithoutJwksUri_MeansMetadataUnavailable()
    {
        Issuer.Documents.Set(TestTokenIssuer.MetadataUrl, "{\"issuer\": \"https://api.botframework.com\"}");

        var result = await _host.SendTokenAsync();

        Assert.Equal(InboundAuthFailureReason.MetadataUnavailable, result.FailureReason);
    }

    [Fact]
    public async Task ConcurrentRequestsWithANewKey_ShareOneRefresh()
    {
        Assert.True((await _host.SendTokenAsync()).Succeeded);
        var next = Issuer.CreateKey("rolled-key");
        Issuer.PublishKeys(Issuer.CurrentKey, next);
        var header = Issuer.CreateAuthorizationHeader(new TestTokenRequest { SigningKey = next });

        var results = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => _host.SendAsync(header)));

        Assert.All(results, result => Assert.True(result.Succeeded, result.ToString()));
        Assert.Equal(2, Issuer.MetadataFetchCount);
    }
}

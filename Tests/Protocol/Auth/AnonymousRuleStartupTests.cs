using CoachBot.Bot.Hosting;
using CoachBot.Bot.Protocol.Auth;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Hosting.Internal;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CoachBot.Tests.Protocol.Auth;

/// <summary>
/// The anonymous-mode rule at start-up: with an empty <c>Bot:AppId</c> the host starts only in Development or
/// with <c>Bot:AllowUnauthenticated=true</c> (and then warns loudly); otherwise start-up fails naming the keys.
/// </summary>
public sealed class AnonymousRuleStartupTests
{
    private const string AppId = "6f1c3a52-8d4e-4b7a-9c0d-2e5f7a8b9c10";

    public static TheoryData<string, string, bool, bool> Matrix()
    {
        var data = new TheoryData<string, string, bool, bool>();
        foreach (var environment in new[] { "Development", "Production", "Staging" })
        {
            foreach (var allow in new[] { false, true })
            {
                data.Add(environment, AppId, allow, true);
                data.Add(environment, "", allow, environment == "Development" || allow);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Matrix))]
    public void OptionsValidator_AppliesTheRule(string environment, string appId, bool allowUnauthenticated, bool expectedValid)
    {
        var result = Validate(environment, new BotOptions { AppId = appId, AllowUnauthenticated = allowUnauthenticated });

        Assert.Equal(expectedValid, result.Succeeded);
        if (!expectedValid)
        {
            Assert.Contains("Bot:AppId", result.FailureMessage, StringComparison.Ordinal);
            Assert.Contains("Bot:AllowUnauthenticated", result.FailureMessage, StringComparison.Ordinal);
            Assert.Contains("Bot__AppId", result.FailureMessage, StringComparison.Ordinal);
            Assert.Contains("Bot__AllowUnauthenticated", result.FailureMessage, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("not-a-guid")]
    [InlineData("6f1c3a52-8d4e-4b7a-9c0d")]
    [InlineData("{6f1c3a52-8d4e-4b7a-9c0d-2e5f7a8b9c10}")]
    public void OptionsValidator_RejectsAnAppIdThatIsNotAGuid(string appId)
    {
        var result = Validate("Production", new BotOptions { AppId = appId });

        Assert.True(result.Failed);
        Assert.Contains("Bot:AppId", result.FailureMessage, StringComparison.Ordinal);
        Assert.Contains("GUID", result.FailureMessage, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("http://login.botframework.com/v1/.well-known/openidconfiguration")]
    [InlineData("login.botframework.com/v1/.well-known/openidconfiguration")]
    public void OptionsValidator_RejectsAMetadataUrlThatIsNotAbsoluteHttps(string url)
    {
        var result = Validate("Production", new BotOptions { AppId = AppId, OpenIdMetadataUrl = url });

        Assert.True(result.Failed);
        Assert.Contains("Bot:OpenIdMetadataUrl", result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void OptionsValidator_RejectsAnUnboundedClockSkew()
    {
        var result = Validate("Production", new BotOptions { AppId = AppId, ClockSkew = TimeSpan.FromHours(1) });

        Assert.True(result.Failed);
        Assert.Contains("Bot:ClockSkew", result.FailureMessage, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Production")]
    [InlineData("Staging")]
    public async Task HostWithoutAppIdOrFlag_FailsToStart_NamingTheKeys(string environment)
    {
        var logs = new CapturingLoggerProvider();
        using var host = BuildHost(environment, logs, new Dictionary<string, string?>());

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync(TestContext.Current.CancellationToken));

        Assert.Contains("Bot__AppId", error.Message, StringComparison.Ordinal);
        Assert.Contains("Bot__AllowUnauthenticated", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Development", null)]
    [InlineData("Production", "true")]
    public async Task AnonymousHost_Starts_WithALoudWarning(string environment, string? allowUnauthenticated)
    {
        var logs = new CapturingLoggerProvider();
        using var host = BuildHost(environment, logs, new Dictionary<string, string?> { ["Bot:AllowUnauthenticated"] = allowUnauthenticated });

        await host.StartAsync(TestContext.Current.CancellationToken);
        await host.StopAsync(TestContext.Current.CancellationToken);

        var warning = Assert.Single(logs.Entries, entry => entry.Level == LogLevel.Warning && entry.Message.Contains("AUTHENTICATION IS OFF", StringComparison.Ordinal));
        Assert.Contains("Bot:AppId", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AuthenticatedHost_Starts_AndSaysAuthenticationIsOn_WithoutWarning()
    {
        var logs = new CapturingLoggerProvider();
        using var host = BuildHost("Production", logs, new Dictionary<string, string?> { ["Bot:AppId"] = AppId });

        await host.StartAsync(TestContext.Current.CancellationToken);
        await host.StopAsync(TestContext.Current.CancellationToken);

        Assert.Contains(logs.Entries, entry => entry.Level == LogLevel.Information && entry.Message.Contains("authentication is ON", StringComparison.Ordinal));
        Assert.DoesNotContain(logs.Entries, entry => entry.Level >= LogLevel.Warning);
    }

    private static ValidateOptionsResult Validate(string environment, BotOptions options) =>
        new BotAuthOptionsValidator(new HostingEnvironment { EnvironmentName = environment }).Validate(Options.DefaultName, options);

    private static IHost BuildHost(string environment, CapturingLoggerProvider logs, Dictionary<string, string?> settings)
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings { EnvironmentName = environment });
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Logging.AddProvider(logs);
        builder.Services.AddOptions<BotOptions>().BindConfiguration(BotOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddInboundAuthentication();
        return builder.Build();
    }
}

using System.Collections.Concurrent;
using System.Text.Json;
using CoachBot.Cards.Views.OwnData;
using CoachBot.Dialogs.Features.Reflections;
using CoachBot.Dialogs.School;
using CoachBot.Tests.Infrastructure.Host;
using CoachBot.Tests.Reflections;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CoachBot.Tests.OwnData;

/// <summary>
/// CoachBot's real host (its own SQLite file, fake clock) with <c>Bot:PublicBaseUrl</c> set, a browser-like HTTP client for
/// <c>/download</c>, every log message kept, and helpers to put coaches on the roster and save their reflections.
/// </summary>
internal sealed class DownloadHost : IDisposable
{
    public const string BaseUrl = "https://coachbot.example.org";

    public DownloadHost(Action<IServiceCollection>? configure = null, IReadOnlyDictionary<string, string?>? settings = null)
    {
        var values = new Dictionary<string, string?>
        {
            ["Coaching:Admins:0"] = ChatUser.Carol.AadObjectId,
            ["Bot:PublicBaseUrl"] = BaseUrl + "/",

            // Everything is logged, the framework's request lines included, so a test can prove no token is in any of it.
            ["Logging:LogLevel:Default"] = "Trace",
            ["Logging:LogLevel:Microsoft.AspNetCore"] = "Trace",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            values[key] = value;
        }

        Factory = new CoachBotFactory(settings: values, configureServices: services =>
        {
            services.AddSingleton<ILoggerProvider>(new RecordingLoggerProvider(Logs));
            configure?.Invoke(services);
        });
        Driver = new HttpChatDriver(Factory);
        Browser = Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
    }

    public CoachBotFactory Factory { get; }

    public HttpChatDriver Driver { get; }

    /// <summary>What a browser would send to <c>/download</c> (no cookies, no redirects followed).</summary>
    public HttpClient Browser { get; }

    /// <summary>Every log message written, formatted, at any level.</summary>
    public ConcurrentQueue<string> Logs { get; } = new();

    public T Get<T>()
        where T : notnull => Factory.Services.GetRequiredService<T>();

    public async Task<DownloadHost> WithAsync(ChatUser user, CoachingRole role = CoachingRole.Coach)
    {
        await Get<IRosterStore>().GrantAsync(new RosterMember(user.AadObjectId, user.Id, user.Name), role, "test", Factory.Time.GetUtcNow(), TestContext.Current.CancellationToken);
        return this;
    }

    public ChatScript Chat(ChatUser user, ChatPlace? place = null) => new(new ChatSession(Driver, user, place ?? ChatPlace.Personal(user)));

    public Task<CoachReflection> SaveAsync(ChatUser user, ReflectionContent content, TimeSpan? ago = null) =>
        Get<ReflectionJournal>().AddAsync(
            user.AadObjectId, content, ReflectionsHost.Input(user, Factory.Time.GetUtcNow() - (ago ?? TimeSpan.Zero), "Europe/Oslo"), TestContext.Current.CancellationToken);

    /// <summary>Sends <c>command</c> as <paramref name="user"/> and returns the download link of the card that answers.</summary>
    public async Task<string> LinkAsync(ChatUser user, string command = "export reflections")
    {
        string? link = null;
        await Chat(user).Send(command).ExpectCard(DownloadLinkCard.Kind, card => link = LinkOf(card));
        return link!;
    }

    /// <summary>Presses the page's Download button: a POST of the form it holds.</summary>
    public Task<HttpResponseMessage> PostAsync(string? token) =>
        Browser.PostAsync("/download", new FormUrlEncodedContent(token is null ? [] : [new KeyValuePair<string, string>("token", token)]), TestContext.Current.CancellationToken);

    /// <summary>The URL of the card's Download button.</summary>
    public static string LinkOf(ChatReply card)
    {
        var action = card.Card!.Value.GetProperty("actions").EnumerateArray().Single();
        Assert.Equal("Action.OpenUrl", action.GetProperty("type").GetString());
        Assert.Equal(DownloadLinkCard.ButtonTitle, action.GetProperty("title").GetString());
        return action.GetProperty("url").GetString()!;
    }

    /// <summary>The token a link carries: its fragment.</summary>
    public static string TokenOf(string link)
    {
        Assert.StartsWith(BaseUrl + "/download#", link, StringComparison.Ordinal);
        return link[(link.IndexOf('#', StringComparison.Ordinal) + 1)..];
    }

    public static async Task<string> TextAsync(HttpResponseMessage response) =>
        await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

    public static JsonElement Json(string text) => JsonDocument.Parse(text).RootElement.Clone();

    public void Dispose()
    {
        Browser.Dispose();
        Factory.Dispose();
    }

    private sealed class RecordingLoggerProvider(ConcurrentQueue<string> logs) : ILoggerProvider
    {
        public ILogger CreateLogger(string categoryName) => new RecordingLogger(categoryName, logs);

        public void Dispose()
        {
        }
    }

    private sealed class RecordingLogger(string category, ConcurrentQueue<string> logs) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull
        {
            logs.Enqueue($"{category} scope: {state}");
            return null;
        }

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            logs.Enqueue($"{logLevel} {category} [{eventId.Id}] {formatter(state, exception)} {exception}");
    }
}

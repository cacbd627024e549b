using System.Text.Json;
using CoachBot.Bot.Hosting;
using CoachBot.Bot.Outbound;
using CoachBot.Bot.Pipeline;
using CoachBot.Bot.Protocol.Activities;
using CoachBot.Dialogs.Engine;
using CoachBot.Dialogs.State;
using CoachBot.Tests.Infrastructure.Host;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace CoachBot.Tests.Infrastructure.InMemory;

/// <summary>
/// The fast flavour of the conversation helper: the host's own composition (<see cref="CoachBotHosting.AddCoachBotServices"/>)
/// and the pipeline's own dispatch (<see cref="TurnPipeline"/>), without HTTP, with the turn's stores in memory
/// (<see cref="InMemoryTurnStores"/>) and feature stores on an in-memory SQLite database. Replies are what reached the
/// recording connector, exactly as the HTTP flavour reports them, so the same scripts read the same.
/// </summary>
public sealed class EngineChatDriver : IChatDriver, IDisposable
{
    private readonly ServiceProvider _services;
    private readonly SqliteConnection _keepAlive;
    private readonly TurnPipeline _pipeline;

    /// <param name="configure">Test additions after the host's composition (a test feature, a replaced service).</param>
    /// <param name="time">The clock; a school Monday afternoon (UTC) by default.</param>
    /// <param name="settings">Configuration on top of the defaults, as <c>Section:Key</c>.</param>
    public EngineChatDriver(Action<IServiceCollection>? configure = null, FakeTimeProvider? time = null, IReadOnlyDictionary<string, string?>? settings = null)
    {
        Time = time ?? new FakeTimeProvider(new DateTimeOffset(2026, 11, 30, 14, 0, 0, TimeSpan.Zero));

        // A shared-cache in-memory database lives while one connection to it is open.
        var connectionString = $"Data Source=file:engine-{Guid.NewGuid():N}?mode=memory&cache=shared";
        _keepAlive = new SqliteConnection(connectionString);
        _keepAlive.Open();

        var values = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase) { ["Storage:ConnectionString"] = connectionString };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            values[key] = value;
        }

        var environment = new TestHostEnvironment();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(values).Build());
        services.AddSingleton<IHostEnvironment>(environment);
        services.AddLogging();
        services.AddCoachBotServices(environment);

        services.AddSingleton<TimeProvider>(Time);

        // Teams' pacing (a conversation's few messages a second) is waited out on the fake clock, as the real bot would
        // wait on the real one, so a long conversation at one frozen instant doesn't wait forever.
        services.Replace(ServiceDescriptor.Singleton<IOutboundWaiter>(new CoachBot.Tests.Outbound.AdvancingWaiter(Time)));
        services.ConfigureHttpClientDefaults(client => client.ConfigurePrimaryHttpMessageHandler(() => Connector));
        InMemoryTurnStores.Register(services);
        configure?.Invoke(services);

        _services = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
        CoachBotHosting.PrepareAsync(_services, CancellationToken.None).GetAwaiter().GetResult();
        _pipeline = _services.GetRequiredService<TurnPipeline>();
    }

    public FakeTimeProvider Time { get; }

    public RecordingConnector Connector { get; } = new();

    public ICardInstanceStore Cards => _services.GetRequiredService<ICardInstanceStore>();

    public ITurnHandler Handler => _services.GetRequiredService<ITurnHandler>();

    public IServiceProvider Services => _services;

    public async Task<ChatTurnResult> DeliverAsync(Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        while (Connector.Sent.TryDequeue(out _))
        {
            // Forget what earlier steps left unread; each turn reports only its own sends.
        }

        // Through JSON, as the endpoint reads it: the pipeline never shares an object with the test.
        var inbound = JsonSerializer.Deserialize(JsonSerializer.Serialize(activity, ProtocolJsonContext.Default.Activity), ProtocolJsonContext.Default.Activity)!;
        var result = await _pipeline.ProcessAsync(inbound, authenticated: false, cancellationToken);

        var replies = new List<ChatReply>();
        while (Connector.Sent.TryDequeue(out var sent))
        {
            replies.Add(HttpChatDriver.ToReply(sent));
        }

        JsonElement? invokeBody = result.JsonBody is { Length: > 0 } body ? JsonDocument.Parse(body).RootElement.Clone() : null;
        return new ChatTurnResult(result.Status, invokeBody, replies);
    }

    public void Dispose()
    {
        _services.Dispose();
        _keepAlive.Dispose();
    }
}

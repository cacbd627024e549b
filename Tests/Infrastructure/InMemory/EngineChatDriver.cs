using System.Text.Json;
using CoachBot.Bot.Pipeline;
using CoachBot.Bot.School;
using CoachBot.Bot.Storage;
using CoachBot.Bot.Protocol.Activities;
using CoachBot.Cards.Model;
using CoachBot.Dialogs;
using CoachBot.Dialogs.Engine;
using CoachBot.Dialogs.Messaging;
using CoachBot.Dialogs.RolesQa;
using CoachBot.Dialogs.School;
using CoachBot.Dialogs.State;
using CoachBot.Tests.Infrastructure.Host;
using CoachBot.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;

namespace CoachBot.Tests.Infrastructure.InMemory;

/// <summary>
/// The fast flavour of the conversation helper: the dialog engine and the real stores on an in-memory
/// SQLite database, with no HTTP and no host. Activities are mapped to turns exactly as the host maps
/// them; replies come back as the HTTP flavour reports them, so the same scripts read the same.
/// </summary>
public sealed class EngineChatDriver : IChatDriver, IDisposable
{
    private readonly ServiceProvider _services;
    private readonly SqliteConnection _keepAlive;

    public EngineChatDriver(Action<IServiceCollection>? configure = null, FakeTimeProvider? time = null)
    {
        Time = time ?? new FakeTimeProvider(new DateTimeOffset(2026, 11, 30, 14, 0, 0, TimeSpan.Zero));
        // A shared-cache in-memory database lives while one connection to it is open.
        var connectionString = $"Data Source=file:engine-{Guid.NewGuid():N}?mode=memory&cache=shared";
        _keepAlive = new SqliteConnection(connectionString);
        _keepAlive.Open();

        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<TimeProvider>(Time);
        services.AddSingleton<IHostEnvironment>(new TestHostEnvironment());
        services.Configure<StorageOptions>(o => o.ConnectionString = connectionString);
        services.AddSingleton<SqliteDatabase>();
        services.AddSingleton<DatabaseMigrator>();
        services.AddSingleton<IStorageModule, CoreStorageModule>();
        services.AddSingleton<IStateStore, SqliteStateStore>();
        services.AddSingleton<ICardInstanceStore, SqliteCardInstanceStore>();
        services.AddSchoolStorage();
        configure?.Invoke(services);
        services.AddSchool();
        services.AddRolesQa(AppContext.BaseDirectory);
        services.AddDialogs();
        _services = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
        _services.GetRequiredService<DatabaseMigrator>().MigrateAsync(CancellationToken.None).GetAwaiter().GetResult();
        Handler = _services.GetRequiredService<ITurnHandler>();
        Cards = _services.GetRequiredService<ICardInstanceStore>();
    }

    public FakeTimeProvider Time { get; }

    public ICardInstanceStore Cards { get; }

    public ITurnHandler Handler { get; }

    public IServiceProvider Services => _services;

    public async Task<ChatTurnResult> DeliverAsync(Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var (kind, text, action) = Classify(activity);
        var timeZone = TimeZoneInfo.FindSystemTimeZoneById(activity.LocalTimezone ?? "Europe/Oslo");
        var input = ActivityMapper.Map(activity, kind, text, action, timeZone, Time.GetUtcNow());
        var outcome = await Handler.HandleAsync(input, cancellationToken);

        var replies = new List<ChatReply>();
        foreach (var reply in outcome.Replies)
        {
            var conversationId = reply.Visibility == ReplyVisibility.Private && input.IsShared
                ? $"a:personal-{input.User.Id}"
                : input.ConversationId;
            var activityId = Guid.NewGuid().ToString("N");
            switch (reply.Content)
            {
                case MessageContent.Text t:
                    replies.Add(new ChatReply(conversationId, activityId, t.Value, null, null, false));
                    break;
                case MessageContent.Card c:
                    await Cards.SetActivityIdAsync(c.Value.InstanceId, activityId, cancellationToken);
                    replies.Add(new ChatReply(conversationId, activityId, null, c.Value.Kind, CardJson.ToElement(c.Value.Card), false));
                    break;
            }
        }

        JsonElement? invokeBody = outcome.Invoke is { } invoke
            ? JsonSerializer.SerializeToElement(InvokeResponses.Create(invoke), ProtocolJsonContext.Default.AdaptiveCardInvokeResponse)
            : null;
        return new ChatTurnResult(200, invokeBody, replies);
    }

    public void Dispose()
    {
        _services.Dispose();
        _keepAlive.Dispose();
    }

    private static (TurnKind Kind, string? Text, CardActionInput? Action) Classify(Activity activity)
    {
        if (activity.Type == ActivityTypes.Invoke)
        {
            return (TurnKind.CardAction, null, ActivityMapper.CardActionOf(activity, isInvoke: true));
        }

        if (activity.Type is ActivityTypes.ConversationUpdate or ActivityTypes.InstallationUpdate)
        {
            return (TurnKind.Welcome, null, null);
        }

        if (activity.Value is { ValueKind: JsonValueKind.Object })
        {
            return (TurnKind.CardAction, null, ActivityMapper.CardActionOf(activity, isInvoke: false));
        }

        return (TurnKind.Message, MentionStripper.StripBotMentions(activity), null);
    }
}

using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using CoachBot.Cards.Actions;
using CoachBot.Dialogs.Engine;
using CoachBot.Dialogs.Features.Reflections;
using CoachBot.Dialogs.School;
using CoachBot.Tests.Infrastructure.Host;
using CoachBot.Tests.Infrastructure.InMemory;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace CoachBot.Tests.Reflections;

/// <summary>
/// CoachBot's own composition in memory (<see cref="EngineChatDriver"/>) with a roster to put coaches on, and direct
/// looks into the reflections store to check what was (and was not) saved.
/// </summary>
internal sealed class ReflectionsHost : IDisposable
{
    public ReflectionsHost(FakeTimeProvider? time = null, IReadOnlyDictionary<string, string?>? settings = null)
    {
        Driver = new EngineChatDriver(time: time, settings: settings);
    }

    public EngineChatDriver Driver { get; }

    public FakeTimeProvider Time => Driver.Time;

    public IReflectionStore Store => Driver.Services.GetRequiredService<IReflectionStore>();

    public ReflectionJournal Journal => Driver.Services.GetRequiredService<ReflectionJournal>();

    public SchoolCalendar Calendar => Driver.Services.GetRequiredService<SchoolCalendar>();

    /// <summary>Puts <paramref name="user"/> on the roster with <paramref name="role"/>.</summary>
    public async Task<ReflectionsHost> WithAsync(ChatUser user, CoachingRole role = CoachingRole.Coach)
    {
        await Driver.Services.GetRequiredService<IRosterStore>()
            .GrantAsync(new RosterMember(user.AadObjectId, user.Id, user.Name), role, "test", Time.GetUtcNow(), TestContext.Current.CancellationToken);
        return this;
    }

    public ChatScript Chat(ChatUser user, ChatPlace? place = null, string timeZone = "Europe/Oslo") =>
        new(new ChatSession(Driver, user, place ?? ChatPlace.Personal(user)) { TimeZone = timeZone });

    /// <summary>Everything <paramref name="user"/> has saved, newest first.</summary>
    public async Task<IReadOnlyList<CoachReflection>> SavedAsync(ChatUser user) =>
        (await Store.ListAsync(user.AadObjectId, ReflectionQuery.All, null, 10_000, TestContext.Current.CancellationToken)).Items;

    /// <summary>Saves a reflection as if <paramref name="user"/> logged it at <paramref name="at"/> in <paramref name="zone"/>.</summary>
    public Task<CoachReflection> SaveAsync(ChatUser user, ReflectionContent content, DateTimeOffset at, string zone = "Europe/Oslo") =>
        Journal.AddAsync(user.AadObjectId, content, Input(user, at, zone), TestContext.Current.CancellationToken);

    public static ReflectionContent Coaching(string text, int? minutes, params string[] roles) =>
        new(ReflectionKind.Coaching, text, roles, false, null, null, minutes);

    public static ReflectionContent Diverted(string text, int minutes) =>
        new(ReflectionKind.Diverted, text, [], false, null, null, minutes);

    public static TurnInput Input(ChatUser user, DateTimeOffset at, string zone) => new(
        TurnKind.Message,
        "msteams",
        "a:personal-" + user.Id,
        ConversationScope.Personal,
        null,
        new TurnUser(user.Id, user.AadObjectId, user.Name),
        "reflect",
        null,
        [],
        CultureInfo.GetCultureInfo("en-US"),
        TimeZoneInfo.FindSystemTimeZoneById(zone),
        at);

    /// <summary>A card press made up by hand (as a forged or stale client would send it): the payload on a card id of our choosing.</summary>
    public static ChatScript Press<T>(ChatScript chat, T payload, object? inputs = null, string cardId = "0000forged0000")
        where T : class, ICardActionPayload<T> =>
        chat.Deliver(s =>
        {
            var data = JsonNode.Parse(CardActionPayload.ToData(payload, cardId).GetRawText())!.AsObject();
            if (inputs is not null && JsonSerializer.SerializeToNode(inputs) is JsonObject extra)
            {
                foreach (var (name, value) in extra)
                {
                    data[name] = value?.DeepClone();
                }
            }

            return ActivityBuilder.Execute(s.User, s.Place, T.Verb, data, null);
        });

    public void Dispose() => Driver.Dispose();
}

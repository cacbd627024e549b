using CoachBot.Bot.School;
using CoachBot.Dialogs.School;
using CoachBot.Tests.Scheduling;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace CoachBot.Tests.School;

/// <summary>A roster on its own SQLite file, with the policy and manager over it and a fake clock.</summary>
internal sealed class RosterFixture : IAsyncDisposable
{
    private RosterFixture(TempDatabase database, IReadOnlyList<string> configuredAdmins)
    {
        Database = database;
        Store = new SqliteRosterStore(database.Database);
        Policy = new RosterPolicy(Store, Options.Create(new CoachingOptions { Admins = [.. configuredAdmins] }));
        Manager = new RosterManager(Store, Policy, Time, NullLogger<RosterManager>.Instance);
    }

    public TempDatabase Database { get; }

    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 9, 14, 13, 0, 0, TimeSpan.Zero));

    public SqliteRosterStore Store { get; }

    public RosterPolicy Policy { get; }

    public RosterManager Manager { get; }

    public static async Task<RosterFixture> CreateAsync(params string[] configuredAdmins) =>
        new(await TempDatabase.CreateAsync(new RosterStorageModule()), configuredAdmins);

    /// <summary>A person as an @mention carries them: a fresh AAD object id, a 29: id and a name.</summary>
    public static RosterMember Person(string name) =>
        new(Guid.NewGuid().ToString(), $"29:1{name.ToLowerInvariant()}-teams-id", name);

    /// <summary>Puts a grant straight into the store (how a first admin exists without settings).</summary>
    public Task SeedAsync(RosterMember member, CoachingRole role) =>
        Store.GrantAsync(member, role, "seed", Time.GetUtcNow(), TestContext.Current.CancellationToken);

    public ValueTask DisposeAsync() => Database.DisposeAsync();
}

using CoachBot.Bot.Storage;
using CoachBot.Dialogs.Features.Requests;

namespace CoachBot.Bot.Requests;

/// <summary>
/// The store of a teacher's own-data operations (<see cref="IRequestDataStore"/>). It has no tables of its own: it works on
/// <see cref="RequestsStorageArea"/>'s, which is migrated first (it comes earlier in the list of areas).
/// </summary>
public sealed class RequestDataStorageArea : IStorageArea
{
    public string Name => "request-data";

    public IReadOnlyList<string> Migrations { get; } = [];

    public void AddStores(IServiceCollection services) => services.AddSingleton<IRequestDataStore, SqliteRequestDataStore>();
}

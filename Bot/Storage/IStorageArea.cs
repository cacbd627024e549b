namespace CoachBot.Bot.Storage;

/// <summary>
/// One area of CoachBot's storage on SQLite: its tables (the <see cref="IStorageModule"/> migrations) and the store
/// implementations on them. The host lists its areas in one place (<c>Bot/Hosting/CoachBotFeatures.cs</c>); a feature
/// with a store adds one area.
/// </summary>
public interface IStorageArea : IStorageModule
{
    /// <summary>Registers this area's store implementations (as the interfaces features and the host use).</summary>
    void AddStores(IServiceCollection services);
}

using System.Text.Json;

namespace CoachBot.Dialogs.State;

/// <summary>Reads and updates a user's explicit settings (their own, in every conversation).</summary>
public sealed class UserSettingsStore(IStateStore store)
{
    public async Task<UserSettings> GetAsync(string userKey, CancellationToken cancellationToken)
    {
        var entry = await store.LoadAsync(StateKeys.UserSettings(userKey), cancellationToken);
        return entry is null
            ? new UserSettings()
            : JsonSerializer.Deserialize(entry.Json, StateJsonContext.Default.UserSettings) ?? new UserSettings();
    }

    /// <summary>Applies <paramref name="change"/> with the version check, retrying on a concurrent update.</summary>
    public async Task<UserSettings> UpdateAsync(string userKey, Func<UserSettings, UserSettings> change, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(change);
        var key = StateKeys.UserSettings(userKey);
        for (var attempt = 0; attempt < 5; attempt++)
        {
            var entry = await store.LoadAsync(key, cancellationToken);
            var current = entry is null ? new UserSettings() : JsonSerializer.Deserialize(entry.Json, StateJsonContext.Default.UserSettings) ?? new UserSettings();
            var updated = change(current);
            var json = JsonSerializer.Serialize(updated, StateJsonContext.Default.UserSettings);
            if (await store.TrySaveAsync(key, entry?.Version ?? 0, json, cancellationToken) is not null)
            {
                return updated;
            }
        }

        throw new InvalidOperationException("The user's settings kept changing concurrently.");
    }
}

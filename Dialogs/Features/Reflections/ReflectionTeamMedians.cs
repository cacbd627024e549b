using CoachBot.Dialogs.School;
using Microsoft.Extensions.Options;

namespace CoachBot.Dialogs.Features.Reflections;

/// <summary>
/// The team's median for <c>reflection digest</c>: per role, and for diverted time, the middle of the minutes of every
/// coach who logged minutes in the period (all coaches, all schools: reflections have no school), a coach with none in a
/// role counting 0. Shown only from at least <c>Privacy:MinimumGroupSize</c> coaches; built from the store's unnamed sums
/// (<see cref="IReflectionStore.TeamMinutesAsync"/>), so no other coach's figure or id reaches the digest. The medians
/// are kept for <see cref="KeptFor"/> (every digest of those minutes shares one read across all coaches).
/// </summary>
public sealed class ReflectionTeamMedians(IReflectionStore store, IOptions<PrivacyOptions> privacy, TimeProvider time)
{
    /// <summary>How long a computed median is reused: the team median is at most this old.</summary>
    public static readonly TimeSpan KeptFor = TimeSpan.FromMinutes(10);

    private readonly Lock _gate = new();
    private Kept? _kept;

    public int MinimumGroupSize => privacy.Value.MinimumGroupSize;

    /// <summary>The team's medians from <paramref name="from"/> through <paramref name="through"/>; null from fewer than the minimum of coaches.</summary>
    public Task<TeamMedian?> ForAsync(DateOnly from, DateOnly through, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        Task<TeamMedian?> figures;
        lock (_gate)
        {
            if (_kept is not { } kept || kept.From != from || kept.Through != through || now - kept.At >= KeptFor || kept.Figures.IsFaulted || kept.Figures.IsCanceled)
            {
                // Shared by every digest asking meanwhile, so no one caller's cancellation stops it.
                kept = new Kept(from, through, now, ComputeAsync(from, through));
                _kept = kept;
            }

            figures = kept.Figures;
        }

        return figures.WaitAsync(cancellationToken);
    }

    /// <summary>The medians of the sums, or null when fewer than <paramref name="minimum"/> coaches logged minutes.</summary>
    public static TeamMedian? Compute(IReadOnlyList<TeamMinutes> sums, int minimum)
    {
        ArgumentNullException.ThrowIfNull(sums);
        var roles = new Dictionary<int, Dictionary<string, double>>();
        var diverted = new Dictionary<int, double>();
        foreach (var sum in sums)
        {
            if (!roles.TryGetValue(sum.Coach, out var own))
            {
                roles[sum.Coach] = own = new Dictionary<string, double>(StringComparer.Ordinal);
            }

            if (sum.Kind == ReflectionKind.Diverted)
            {
                diverted[sum.Coach] = diverted.GetValueOrDefault(sum.Coach) + sum.Minutes;
                continue;
            }

            // Split evenly between the roles, as the coach's own digest splits them (no role yet: in no role's median).
            foreach (var role in sum.Roles)
            {
                own[role] = own.GetValueOrDefault(role) + ((double)sum.Minutes / sum.Roles.Count);
            }
        }

        if (roles.Count < minimum || roles.Count == 0)
        {
            return null;
        }

        var medians = roles.Values.SelectMany(own => own.Keys).Distinct(StringComparer.Ordinal)
            .ToDictionary(role => role, role => Median([.. roles.Values.Select(own => own.GetValueOrDefault(role))]), StringComparer.Ordinal);
        return new TeamMedian(roles.Count, medians, Median([.. roles.Keys.Select(coach => diverted.GetValueOrDefault(coach))]));
    }

    private async Task<TeamMedian?> ComputeAsync(DateOnly from, DateOnly through) =>
        Compute(await store.TeamMinutesAsync(from, through, CancellationToken.None), MinimumGroupSize);

    private static double Median(List<double> values)
    {
        values.Sort();
        var middle = values.Count / 2;
        return values.Count % 2 == 1 ? values[middle] : (values[middle - 1] + values[middle]) / 2;
    }

    private sealed record Kept(DateOnly From, DateOnly Through, DateTimeOffset At, Task<TeamMedian?> Figures);
}

/// <summary>The team's medians: minutes per role (roles nobody logged are 0) and diverted minutes, over <paramref name="Coaches"/> coaches.</summary>
public sealed record TeamMedian(int Coaches, IReadOnlyDictionary<string, double> Roles, double Diverted)
{
    public double Role(string roleId) => Roles.GetValueOrDefault(roleId);
}

using CoachBot.Dialogs.Features.TeamView;

namespace CoachBot.Tests.TeamView;

// The complementary suppression as first built (before issue 21's speed work), kept only as a reference for the tests:
// its Derivable is an elimination independent of SmallGroupSuppression's, and its Apply is what the new algorithm's
// held-back counts are compared with. It re-eliminates every group of linked unknowns in each round, which is why it was
// replaced (about 3.8 s over the bench's district).

/// <summary>
/// Small-group suppression, pure. A figure built from 1 to N−1 people (N = <c>Privacy:MinimumGroupSize</c>) is not shown
/// (primary suppression). Then, complementary suppression: the figures are linked by additions (a total and its parts);
/// the shown figures are constants, the not-shown ones unknowns, and a small figure is <em>derivable</em> when the
/// additions, added and subtracted, pin it down alone (its unit vector lies in the row space of the additions'
/// coefficients over the unknowns; found by Gauss–Jordan elimination). While one is derivable, the smallest other figure
/// of an addition it is in is held back too — a figure that is never shown first (that costs nothing), else the
/// next-smallest part — and the check runs again. Figures of 0 people (a zero) reveal no one and are shown. Figures not
/// shown but built from N or more people are treated as known (conservative: the reader is assumed to know them).
/// </summary>
internal sealed class ReferenceSuppression
{
    private const double Epsilon = 1e-9;

    public ReferenceSuppression(int minimumGroupSize)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(minimumGroupSize, 1);
        MinimumGroupSize = minimumGroupSize;
    }

    public int MinimumGroupSize { get; }

    /// <summary>True when a figure from <paramref name="people"/> people is too small to show.</summary>
    public bool IsTooFew(int people) => people > 0 && people < MinimumGroupSize;

    public SuppressionResult Apply(IReadOnlyList<FigureCell> cells, IReadOnlyList<FigureRelation> relations)
    {
        ArgumentNullException.ThrowIfNull(cells);
        ArgumentNullException.ThrowIfNull(relations);
        var byKey = new Dictionary<string, FigureCell>(StringComparer.Ordinal);
        foreach (var cell in cells)
        {
            if (!byKey.TryAdd(cell.Key, cell))
            {
                throw new ArgumentException($"Two figures have the key '{cell.Key}'.", nameof(cells));
            }
        }

        foreach (var key in relations.SelectMany(Members))
        {
            if (!byKey.ContainsKey(key))
            {
                throw new ArgumentException($"An addition names the unknown figure '{key}'.", nameof(relations));
            }
        }

        var sensitive = cells.Where(cell => IsTooFew(cell.People)).Select(cell => cell.Key).ToHashSet(StringComparer.Ordinal);
        var unknown = new HashSet<string>(sensitive, StringComparer.Ordinal);
        var heldBack = new HashSet<string>(StringComparer.Ordinal);
        while (true)
        {
            var exposures = Exposures(relations, unknown).Where(exposure => sensitive.Contains(exposure.Key)).ToList();
            if (exposures.Count == 0)
            {
                break;
            }

            foreach (var exposure in exposures)
            {
                if (exposure.Uses.Any(unknown.Contains))
                {
                    // A figure held back in this round already breaks this derivation; the next round checks again.
                    continue;
                }

                // The known figures its derivation adds or subtracts: hold back one of them — one never shown if there
                // is one (that costs nothing), else the smallest (the next-smallest part).
                var candidate = exposure.Uses
                    .Where(key => !unknown.Contains(key))
                    .Select(key => byKey[key])
                    .OrderBy(cell => cell.Hidden ? 0 : 1)
                    .ThenBy(cell => cell.Value)
                    .ThenBy(cell => cell.Key, StringComparer.Ordinal)
                    .FirstOrDefault()
                    ?? throw new InvalidOperationException($"The figure '{exposure.Key}' is derivable but no figure can be held back.");
                unknown.Add(candidate.Key);
                if (!candidate.Hidden && !sensitive.Contains(candidate.Key))
                {
                    heldBack.Add(candidate.Key);
                }
            }
        }

        var tooFew = sensitive.Where(key => !byKey[key].Hidden).ToHashSet(StringComparer.Ordinal);
        return new SuppressionResult(tooFew, heldBack);
    }

    /// <summary>
    /// The unknowns that the additions pin down: those whose unit vector lies in the row space of the additions'
    /// coefficients over the unknowns (after Gauss–Jordan elimination, a row with one non-zero coefficient).
    /// </summary>
    public static IReadOnlyList<string> Derivable(IReadOnlyList<FigureRelation> relations, IReadOnlySet<string> unknown)
    {
        ArgumentNullException.ThrowIfNull(relations);
        ArgumentNullException.ThrowIfNull(unknown);
        return [.. Exposures(relations, unknown).Select(exposure => exposure.Key)];
    }

    private static IEnumerable<string> Members(FigureRelation relation) => relation.Parts.Append(relation.Total);

    /// <summary>
    /// Every derivable unknown, with the known figures its derivation adds
    /// or subtracts. The additions are split into groups that share no unknown, and each group is eliminated apart,
    /// keeping track of which additions each row is made of.
    /// </summary>
    private static List<Exposure> Exposures(IReadOnlyList<FigureRelation> relations, IReadOnlySet<string> unknown)
    {
        var touching = relations.Where(relation => Members(relation).Any(unknown.Contains)).ToList();
        var parent = new Dictionary<string, string>(StringComparer.Ordinal);
        string Find(string key)
        {
            parent.TryAdd(key, key);
            while (parent[key] != key)
            {
                parent[key] = parent[parent[key]];
                key = parent[key];
            }

            return key;
        }

        foreach (var relation in touching)
        {
            var keys = Members(relation).Where(unknown.Contains).ToList();
            for (var i = 1; i < keys.Count; i++)
            {
                parent[Find(keys[i])] = Find(keys[0]);
            }
        }

        var exposures = new List<Exposure>();
        foreach (var group in touching.GroupBy(relation => Find(Members(relation).First(unknown.Contains)), StringComparer.Ordinal))
        {
            exposures.AddRange(Eliminate([.. group], unknown));
        }

        return exposures;
    }

    private static List<Exposure> Eliminate(List<FigureRelation> relations, IReadOnlySet<string> unknown)
    {
        var columns = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var key in relations.SelectMany(Members).Where(unknown.Contains))
        {
            columns.TryAdd(key, columns.Count);
        }

        var names = columns.Keys.ToList();
        var count = relations.Count;

        // Sparse rows: the unknowns' coefficients, and how much of each addition the row is made of.
        var coefficients = new Dictionary<int, double>[count];
        var made = new Dictionary<int, double>[count];
        for (var r = 0; r < count; r++)
        {
            var row = new Dictionary<int, double>();
            if (unknown.Contains(relations[r].Total))
            {
                Add(row, columns[relations[r].Total], 1);
            }

            foreach (var part in relations[r].Parts.Where(unknown.Contains))
            {
                Add(row, columns[part], -1);
            }

            coefficients[r] = row;
            made[r] = new Dictionary<int, double> { [r] = 1 };
        }

        var pivots = new List<(int Row, int Column)>();
        var used = new bool[count];
        for (var column = 0; column < names.Count; column++)
        {
            var best = -1;
            var bestValue = 0.0;
            for (var r = 0; r < count; r++)
            {
                if (!used[r] && coefficients[r].TryGetValue(column, out var value) && Math.Abs(value) > Math.Abs(bestValue))
                {
                    best = r;
                    bestValue = value;
                }
            }

            if (best < 0)
            {
                continue;
            }

            used[best] = true;
            Scale(coefficients[best], 1 / bestValue);
            Scale(made[best], 1 / bestValue);
            for (var r = 0; r < count; r++)
            {
                if (r != best && coefficients[r].TryGetValue(column, out var factor))
                {
                    AddScaled(coefficients[r], coefficients[best], -factor);
                    AddScaled(made[r], made[best], -factor);
                }
            }

            pivots.Add((best, column));
        }

        var exposures = new List<Exposure>();
        foreach (var (row, column) in pivots)
        {
            if (coefficients[row].Count != 1)
            {
                continue;
            }

            // The known figures, with the net coefficient the combination gives them.
            var net = new Dictionary<string, double>(StringComparer.Ordinal);
            foreach (var (r, weight) in made[row])
            {
                net[relations[r].Total] = net.GetValueOrDefault(relations[r].Total) + weight;
                foreach (var part in relations[r].Parts)
                {
                    net[part] = net.GetValueOrDefault(part) - weight;
                }
            }

            var uses = net.Where(pair => !unknown.Contains(pair.Key) && Math.Abs(pair.Value) > Epsilon).Select(pair => pair.Key).ToList();
            exposures.Add(new Exposure(names[column], uses));
        }

        return exposures;
    }

    private static void Add(Dictionary<int, double> row, int column, double value)
    {
        var sum = row.GetValueOrDefault(column) + value;
        if (Math.Abs(sum) <= Epsilon)
        {
            row.Remove(column);
        }
        else
        {
            row[column] = sum;
        }
    }

    private static void Scale(Dictionary<int, double> row, double factor)
    {
        foreach (var column in row.Keys.ToList())
        {
            row[column] *= factor;
        }
    }

    private static void AddScaled(Dictionary<int, double> row, Dictionary<int, double> other, double factor)
    {
        foreach (var (column, value) in other)
        {
            Add(row, column, factor * value);
        }
    }

    private sealed record Exposure(string Key, IReadOnlyList<string> Uses);
}

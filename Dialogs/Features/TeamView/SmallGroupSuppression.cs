namespace CoachBot.Dialogs.Features.TeamView;

/// <summary>
/// One figure of the team view: a count or minutes, with the people it is built from (teachers for requests, coaches for
/// reflections). A <paramref name="Hidden"/> figure is never shown but follows from shown ones (a total's part that has no
/// line of its own, e.g. the requests made before the last four weeks), so it takes part in the additions.
/// </summary>
public sealed record FigureCell(string Key, double Value, int People, bool Hidden = false);

/// <summary>An addition among figures: <paramref name="Total"/> is the sum of <paramref name="Parts"/>.</summary>
public sealed record FigureRelation(string Total, IReadOnlyList<string> Parts);

/// <summary>What may be shown: the keys shown as "fewer than N" (too few people) and those held back to protect them.</summary>
public sealed record SuppressionResult(IReadOnlySet<string> TooFew, IReadOnlySet<string> HeldBack)
{
    public bool IsShown(string key) => !TooFew.Contains(key) && !HeldBack.Contains(key);
}

/// <summary>
/// Small-group suppression, pure. A figure built from 1 to N−1 people (N = <c>Privacy:MinimumGroupSize</c>) is not shown
/// (primary suppression). Then, complementary suppression: the figures are linked by additions (a total and its parts);
/// the shown figures are constants, the not-shown ones unknowns, and a small figure is <em>derivable</em> when the
/// additions, added and subtracted, pin it down alone (its unit vector lies in the row space of the additions'
/// coefficients over the unknowns). While one is derivable, a figure its derivation adds or subtracts is held back too —
/// a figure that is never shown first (that costs nothing), else the smallest (the next-smallest part) — and the check
/// runs again. Figures of 0 people (a zero) reveal no one and are shown. Figures not shown but built from N or more people
/// are treated as known (conservative: the reader is assumed to know them).
/// <para>
/// The check is exact and incremental (<see cref="ReducedAdditions"/>): the additions are brought once into reduced row
/// echelon form over the unknowns, each row keeping its coefficients over the known figures too (so a row whose only
/// unknown is its pivot <em>is</em> a derivation, and its known entries are the figures it uses). Holding a figure back
/// turns one known column into an unknown, which is one pivot step on the rows that hold it, not a new elimination.
/// </para>
/// </summary>
public sealed class SmallGroupSuppression
{
    public SmallGroupSuppression(int minimumGroupSize)
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
        var index = new Dictionary<string, int>(cells.Count, StringComparer.Ordinal);
        for (var i = 0; i < cells.Count; i++)
        {
            if (!index.TryAdd(cells[i].Key, i))
            {
                throw new ArgumentException($"Two figures have the key '{cells[i].Key}'.", nameof(cells));
            }
        }

        var system = new ReducedAdditions(cells.Count, Rows(relations, index));
        var sensitive = new bool[cells.Count];
        for (var i = 0; i < cells.Count; i++)
        {
            if (IsTooFew(cells[i].People))
            {
                sensitive[i] = true;
                system.MakeUnknown(i);
            }
        }

        var heldBack = new HashSet<string>(StringComparer.Ordinal);
        while (system.FirstDerivable(column => sensitive[column]) is { } derivable)
        {
            // The known figures its derivation adds or subtracts: hold back one of them — one never shown if there is one
            // (that costs nothing), else the smallest (the next-smallest part).
            var candidate = -1;
            foreach (var column in system.KnownColumns(derivable.Row))
            {
                if (candidate < 0 || Better(cells[column], cells[candidate]))
                {
                    candidate = column;
                }
            }

            if (candidate < 0)
            {
                throw new InvalidOperationException($"The figure '{cells[derivable.Column].Key}' is derivable but no figure can be held back.");
            }

            system.MakeUnknown(candidate);
            if (!cells[candidate].Hidden)
            {
                heldBack.Add(cells[candidate].Key);
            }
        }

        var tooFew = cells.Where((cell, i) => sensitive[i] && !cell.Hidden).Select(cell => cell.Key).ToHashSet(StringComparer.Ordinal);
        return new SuppressionResult(tooFew, heldBack);
    }

    /// <summary>
    /// The unknowns that the additions pin down: those whose unit vector lies in the row space of the additions'
    /// coefficients over the unknowns.
    /// </summary>
    public static IReadOnlyList<string> Derivable(IReadOnlyList<FigureRelation> relations, IReadOnlySet<string> unknown)
    {
        ArgumentNullException.ThrowIfNull(relations);
        ArgumentNullException.ThrowIfNull(unknown);
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var key in relations.SelectMany(relation => relation.Parts.Append(relation.Total)).Concat(unknown.Order(StringComparer.Ordinal)))
        {
            index.TryAdd(key, index.Count);
        }

        var keys = index.Keys.ToList();
        var system = new ReducedAdditions(index.Count, Rows(relations, index));
        foreach (var key in unknown.Order(StringComparer.Ordinal))
        {
            system.MakeUnknown(index[key]);
        }

        return [.. system.AllDerivable().Select(column => keys[column])];
    }

    /// <summary>Never shown first, then the smaller value, then the key.</summary>
    private static bool Better(FigureCell cell, FigureCell than) =>
        cell.Hidden != than.Hidden ? cell.Hidden
        : cell.Value != than.Value ? cell.Value < than.Value
        : string.CompareOrdinal(cell.Key, than.Key) < 0;

    private static List<Dictionary<int, double>> Rows(IReadOnlyList<FigureRelation> relations, Dictionary<string, int> index)
    {
        int Column(string key) => index.TryGetValue(key, out var column)
            ? column
            : throw new ArgumentException($"An addition names the unknown figure '{key}'.", nameof(relations));

        var rows = new List<Dictionary<int, double>>(relations.Count);
        foreach (var relation in relations)
        {
            // total − Σ parts = 0.
            var row = new Dictionary<int, double>();
            ReducedAdditions.Add(row, Column(relation.Total), 1);
            foreach (var part in relation.Parts)
            {
                ReducedAdditions.Add(row, Column(part), -1);
            }

            rows.Add(row);
        }

        return rows;
    }
}

/// <summary>
/// The additions (rows of coefficients over every figure, each row = 0) kept in reduced row echelon form over the
/// unknown figures: every unknown column with a pivot has one non-zero coefficient, in its pivot row, and every row
/// without a pivot has no unknown at all. Then an unknown is pinned down by the additions exactly when it has a pivot
/// and its pivot row has no other unknown — that row is the derivation, its other entries the known figures it uses.
/// Sparse rows, and for each column the rows that hold it, so a step touches only the rows it changes.
/// </summary>
internal sealed class ReducedAdditions
{
    private const double Epsilon = 1e-9;
    private const double PivotThreshold = 0.1;

    private readonly List<Dictionary<int, double>> _rows;
    private readonly HashSet<int>?[] _holding;
    private readonly bool[] _unknown;
    private readonly int[] _pivotRow;
    private readonly int[] _rowPivot;
    private readonly int[] _unknownsInRow;
    private readonly SortedSet<int> _pivots = [];

    public ReducedAdditions(int columns, List<Dictionary<int, double>> rows)
    {
        _rows = rows;
        _holding = new HashSet<int>?[columns];
        _unknown = new bool[columns];
        _pivotRow = new int[columns];
        Array.Fill(_pivotRow, -1);
        _rowPivot = new int[rows.Count];
        Array.Fill(_rowPivot, -1);
        _unknownsInRow = new int[rows.Count];
        for (var r = 0; r < rows.Count; r++)
        {
            foreach (var column in rows[r].Keys)
            {
                Holding(column).Add(r);
            }
        }
    }

    /// <summary>The derivable unknown with the lowest column among those <paramref name="wanted"/>, with its derivation's row.</summary>
    public (int Column, int Row)? FirstDerivable(Func<int, bool> wanted)
    {
        foreach (var column in _pivots)
        {
            var row = _pivotRow[column];
            if (_unknownsInRow[row] == 1 && wanted(column))
            {
                return (column, row);
            }
        }

        return null;
    }

    public IEnumerable<int> AllDerivable() => _pivots.Where(column => _unknownsInRow[_pivotRow[column]] == 1).ToList();

    /// <summary>The known figures a row adds or subtracts.</summary>
    public IEnumerable<int> KnownColumns(int row) => _rows[row].Keys.Where(column => !_unknown[column]);

    /// <summary>
    /// Turns a known column into an unknown: a row without a pivot that holds it becomes its pivot row and the column is
    /// eliminated from every other row; with none, it is a free unknown.
    /// </summary>
    public void MakeUnknown(int column)
    {
        if (_unknown[column])
        {
            return;
        }

        _unknown[column] = true;
        var holding = Holding(column);
        var largest = 0.0;
        foreach (var row in holding)
        {
            _unknownsInRow[row]++;
            if (_rowPivot[row] < 0)
            {
                largest = Math.Max(largest, Math.Abs(_rows[row][column]));
            }
        }

        // The pivot: among the rows without a pivot that hold the column, the shortest (least fill-in) of those whose
        // coefficient is not much smaller than the largest (threshold pivoting, for accuracy); then the lowest row.
        var pivot = -1;
        foreach (var row in holding)
        {
            if (_rowPivot[row] < 0 && Math.Abs(_rows[row][column]) >= PivotThreshold * largest
                && (pivot < 0 || _rows[row].Count < _rows[pivot].Count || (_rows[row].Count == _rows[pivot].Count && row < pivot)))
            {
                pivot = row;
            }
        }

        if (pivot < 0)
        {
            return;
        }

        var pivotRow = _rows[pivot];
        var scale = 1 / pivotRow[column];
        foreach (var key in pivotRow.Keys.ToList())
        {
            pivotRow[key] *= scale;
        }

        pivotRow[column] = 1;
        _rowPivot[pivot] = column;
        _pivotRow[column] = pivot;
        _pivots.Add(column);
        foreach (var row in holding.ToList())
        {
            if (row != pivot)
            {
                AddScaled(row, pivotRow, -_rows[row][column]);
            }
        }
    }

    internal static void Add(Dictionary<int, double> row, int column, double value)
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

    private HashSet<int> Holding(int column) => _holding[column] ??= [];

    private void AddScaled(int target, Dictionary<int, double> source, double factor)
    {
        var row = _rows[target];
        foreach (var (column, value) in source)
        {
            var had = row.TryGetValue(column, out var old);
            var sum = old + (factor * value);
            if (Math.Abs(sum) <= Epsilon)
            {
                if (had)
                {
                    row.Remove(column);
                    Holding(column).Remove(target);
                    if (_unknown[column])
                    {
                        _unknownsInRow[target]--;
                    }
                }
            }
            else
            {
                row[column] = sum;
                if (!had)
                {
                    Holding(column).Add(target);
                    if (_unknown[column])
                    {
                        _unknownsInRow[target]++;
                    }
                }
            }
        }
    }
}

using CoachBot.Dialogs.Features.TeamView;

namespace CoachBot.Tests.TeamView;

/// <summary>
/// Small-group suppression: a figure from fewer than N people is not shown, and where a total and its parts are linked,
/// more is held back until no small figure can be found by adding and subtracting the shown ones.
/// </summary>
public sealed class SmallGroupSuppressionTests
{
    private readonly SmallGroupSuppression _suppression = new(5);

    [Theory]
    [InlineData(0, true)]
    [InlineData(1, false)]
    [InlineData(4, false)]
    [InlineData(5, true)]
    [InlineData(40, true)]
    public void AFigure_IsShown_OnlyFromZeroOrAtLeastTheMinimum(int people, bool shown)
    {
        var result = _suppression.Apply([new FigureCell("a", 7, people)], []);

        Assert.Equal(shown, result.IsShown("a"));
        Assert.Equal(!shown, result.TooFew.Contains("a"));
    }

    [Fact]
    public void ATotalWithTwoParts_OneSmall_HoldsBackTheOtherPart()
    {
        var result = _suppression.Apply(
            [new FigureCell("total", 12, 9), new FigureCell("small", 2, 2), new FigureCell("big", 10, 7)],
            [new FigureRelation("total", ["small", "big"])]);

        Assert.Equal(["small"], result.TooFew);
        Assert.Equal(["big"], result.HeldBack);
        Assert.True(result.IsShown("total"));
    }

    [Fact]
    public void ATotalWithSeveralParts_HoldsBackTheNextSmallestPart()
    {
        var result = _suppression.Apply(
            [new FigureCell("total", 60, 30), new FigureCell("small", 3, 3), new FigureCell("p1", 30, 12), new FigureCell("p2", 8, 6), new FigureCell("p3", 19, 9)],
            [new FigureRelation("total", ["small", "p1", "p2", "p3"])]);

        Assert.Equal(["p2"], result.HeldBack);
        Assert.True(result.IsShown("p1") && result.IsShown("p3") && result.IsShown("total"));
    }

    [Fact]
    public void APartThatIsNeverShown_IsUsedFirst_AndNothingVisibleIsHeldBack()
    {
        var result = _suppression.Apply(
            [new FigureCell("total", 20, 10), new FigureCell("small", 3, 2), new FigureCell("shown", 9, 6), new FigureCell("rest", 8, 6, Hidden: true)],
            [new FigureRelation("total", ["small", "shown", "rest"])]);

        Assert.Empty(result.HeldBack);
        Assert.Equal(["small"], result.TooFew);
    }

    [Fact]
    public void ASmallFigureNeverShown_IsNotReportedAsTooFew_ButIsStillProtected()
    {
        // The year = the recent weeks + the earlier weeks (never shown). The earlier weeks come from 1 person.
        var result = _suppression.Apply(
            [new FigureCell("year", 12, 8), new FigureCell("recent", 11, 7), new FigureCell("earlier", 1, 1, Hidden: true)],
            [new FigureRelation("year", ["recent", "earlier"])]);

        Assert.Empty(result.TooFew);
        Assert.Single(result.HeldBack);
        Assert.Contains(result.HeldBack.Single(), new[] { "year", "recent" });
    }

    [Fact]
    public void ATwoWayTable_WhereEachRowAloneLooksSafe_IsStillProtected()
    {
        // Rows r1, r2 and columns c1, c2 with totals: a small cell, and the classic attack through the other direction.
        var (cells, relations) = Table(new double[,] { { 2, 10 }, { 9, 11 } }, new[,] { { 1, 6 }, { 6, 7 } });

        var result = _suppression.Apply(cells, relations);

        AssertNothingDerivable(cells, relations, result);
        Assert.True(result.TooFew.Contains("r0c0"));
    }

    [Fact]
    public void Derivable_FindsAFigurePinnedDownByTwoAdditionsTogether()
    {
        // t = a + b, b = c + d: with t, c and d known, a = t - c - d.
        var derivable = SmallGroupSuppression.Derivable(
            [new FigureRelation("t", ["a", "b"]), new FigureRelation("b", ["c", "d"])],
            new HashSet<string> { "a", "b" });

        Assert.Contains("a", derivable);
        Assert.Contains("b", derivable);
    }

    [Fact]
    public void BruteForce_OverRandomTables_FindsNoSmallFigureFromTheShownOnes()
    {
        var random = new Random(21);
        for (var round = 0; round < 200; round++)
        {
            var rows = random.Next(2, 4);
            var columns = random.Next(2, 4);
            var values = new double[rows, columns];
            var people = new int[rows, columns];
            for (var r = 0; r < rows; r++)
            {
                for (var c = 0; c < columns; c++)
                {
                    people[r, c] = random.Next(0, 10) < 3 ? random.Next(1, 5) : random.Next(0, 20);
                    values[r, c] = people[r, c] == 0 ? 0 : people[r, c] + random.Next(0, 5);
                }
            }

            var (cells, relations) = Table(values, people);
            var result = _suppression.Apply(cells, relations);

            AssertNothingDerivable(cells, relations, result);
        }
    }

    /// <summary>
    /// The brute force: every sum of the additions, each taken +1, −1 or not at all, written over the figures not shown;
    /// none may leave a lone small figure (it would be the shown figures added and subtracted).
    /// </summary>
    internal static void AssertNothingDerivable(IReadOnlyList<FigureCell> cells, IReadOnlyList<FigureRelation> relations, SuppressionResult result)
    {
        var sensitive = cells.Where(cell => cell.People is > 0 and < 5).Select(cell => cell.Key).ToHashSet();
        var notShown = cells.Where(cell => cell.Hidden || !result.IsShown(cell.Key)).Select(cell => cell.Key).ToHashSet();
        var useful = relations.Where(relation => relation.Parts.Append(relation.Total).Any(notShown.Contains)).ToList();
        Assert.True(useful.Count <= 14, $"{useful.Count} additions are too many to brute-force");
        var signs = new int[useful.Count];
        var combinations = (int)Math.Pow(3, useful.Count);
        for (var n = 1; n < combinations; n++)
        {
            var rest = n;
            for (var i = 0; i < useful.Count; i++)
            {
                signs[i] = (rest % 3) - 1;
                rest /= 3;
            }

            var sum = new Dictionary<string, int>();
            for (var i = 0; i < useful.Count; i++)
            {
                if (signs[i] == 0)
                {
                    continue;
                }

                Add(sum, useful[i].Total, signs[i]);
                foreach (var part in useful[i].Parts)
                {
                    Add(sum, part, -signs[i]);
                }
            }

            var unknownTerms = sum.Where(term => term.Value != 0 && notShown.Contains(term.Key)).ToList();
            Assert.False(
                unknownTerms.Count == 1 && sensitive.Contains(unknownTerms[0].Key),
                $"'{unknownTerms.FirstOrDefault().Key}' follows from the shown figures");
        }
    }

    private static void Add(Dictionary<string, int> sum, string key, int sign) => sum[key] = sum.GetValueOrDefault(key) + sign;

    /// <summary>A table with row totals, column totals and a grand total.</summary>
    private static (List<FigureCell> Cells, List<FigureRelation> Relations) Table(double[,] values, int[,] people)
    {
        var rows = values.GetLength(0);
        var columns = values.GetLength(1);
        var cells = new List<FigureCell>();
        var relations = new List<FigureRelation>();
        for (var r = 0; r < rows; r++)
        {
            for (var c = 0; c < columns; c++)
            {
                cells.Add(new FigureCell($"r{r}c{c}", values[r, c], people[r, c]));
            }

            var total = Enumerable.Range(0, columns).Sum(c => values[r, c]);
            cells.Add(new FigureCell($"r{r}", total, Enumerable.Range(0, columns).Sum(c => people[r, c])));
            relations.Add(new FigureRelation($"r{r}", [.. Enumerable.Range(0, columns).Select(c => $"r{r}c{c}")]));
        }

        for (var c = 0; c < columns; c++)
        {
            cells.Add(new FigureCell($"c{c}", Enumerable.Range(0, rows).Sum(r => values[r, c]), Enumerable.Range(0, rows).Sum(r => people[r, c])));
            relations.Add(new FigureRelation($"c{c}", [.. Enumerable.Range(0, rows).Select(r => $"r{r}c{c}")]));
        }

        cells.Add(new FigureCell("all", cells.Where(cell => cell.Key.StartsWith('r') && cell.Key.Contains('c', StringComparison.Ordinal)).Sum(cell => cell.Value), 99));
        relations.Add(new FigureRelation("all", [.. Enumerable.Range(0, rows).Select(r => $"r{r}")]));
        relations.Add(new FigureRelation("all", [.. Enumerable.Range(0, columns).Select(c => $"c{c}")]));
        return (cells, relations);
    }
}

using CoachBot.Cards.Views.Roles;
using CoachBot.Dialogs.Features.TeamView;

namespace CoachBot.Tests.TeamView;

/// <summary>
/// Complementary suppression over many generated tables: after it, no figure from too few people follows from the shown
/// ones (checked by the first version's elimination, kept in <see cref="ReferenceSuppression"/>, and by brute force where
/// the additions are few), and it holds back hardly more than the first version did.
/// </summary>
public sealed class SuppressionPropertyTests
{
    private const int Minimum = 5;

    [Fact]
    public void GeneratedTables_OfTwoToFourWays_LeaveNoSmallFigureDerivable_AndHoldBackHardlyMoreThanBefore()
    {
        var random = new Random(2112);
        var suppression = new SmallGroupSuppression(Minimum);
        var reference = new ReferenceSuppression(Minimum);
        int heldBack = 0, heldBackBefore = 0, protectedTables = 0;
        for (var round = 0; round < 400; round++)
        {
            var (cells, relations) = Table(random);
            var result = suppression.Apply(cells, relations);

            AssertNothingDerivable(cells, relations, result);
            var before = reference.Apply(cells, relations);
            Assert.Equal(before.TooFew.Order(), result.TooFew.Order());
            Assert.True(result.HeldBack.Count <= (before.HeldBack.Count * 2) + 3, $"table {round}: {result.HeldBack.Count} held back, {before.HeldBack.Count} before");
            heldBack += result.HeldBack.Count;
            heldBackBefore += before.HeldBack.Count;
            protectedTables += result.HeldBack.Count > 0 ? 1 : 0;
        }

        // The generated tables do need protecting, and over all of them hardly more is held back than before (each
        // version finds its derivations in another order, so either may need a few more in one table; 2,686 against
        // 2,991 when this was written).
        Assert.True(protectedTables > 100, $"only {protectedTables} tables needed a figure held back");
        Assert.True(heldBack <= heldBackBefore * 1.05, $"{heldBack} held back, {heldBackBefore} before");
    }

    [Fact]
    public void GeneratedDataSets_ThroughTheTeamFigures_LeaveNoSmallFigureDerivable_AndHoldBackHardlyMoreThanBefore()
    {
        var random = new Random(21);
        var reference = new ReferenceSuppression(Minimum);
        int heldBack = 0, heldBackBefore = 0;
        for (var round = 0; round < 25; round++)
        {
            var schools = new[] { TeamFiguresTests.Lincoln, TeamFiguresTests.Roosevelt, "Hoover" }.Take(random.Next(1, 4)).ToList();
            var roles = TopicIds.AllRoles.Take(random.Next(2, 5)).ToList();
            var teachers = random.Next(8, 40);
            var requests = Enumerable.Range(0, random.Next(10, 80)).Select(_ =>
            {
                var asked = TeamFiguresTests.At(2026, random.Next(9, 12), random.Next(1, 29), 10);
                var roll = random.Next(10);
                var status = roll < 2 ? TeamRequestStatus.Open : roll < 3 ? TeamRequestStatus.Cancelled : roll < 5 ? TeamRequestStatus.Claimed : TeamRequestStatus.Done;
                return new TeamRequestFact(
                    schools[random.Next(schools.Count)], roles[random.Next(roles.Count)], $"teacher-{random.Next(teachers)}", status, asked,
                    status is TeamRequestStatus.Claimed or TeamRequestStatus.Done ? asked.AddHours(random.Next(1, 60)) : null,
                    status == TeamRequestStatus.Done && random.Next(2) == 0 ? random.Next(4) > 0 : null, random.Next(6) == 0);
            }).ToList();
            var reflections = Enumerable.Range(0, random.Next(5, 60)).Select(_ => new ReflectionEntry(
                $"coach-{random.Next(random.Next(3, 12))}", random.Next(8) == 0, random.Next(10) == 0 ? [] : [roles[random.Next(roles.Count)]],
                random.Next(10, 90), new DateOnly(2026, random.Next(9, 12), random.Next(1, 29)))).ToList();

            var figures = TeamFigures.Compute(requests, TeamFiguresTests.Sum(reflections, TeamFiguresTests.Today), [], schools, TopicIds.AllRoles, TeamFiguresTests.Calendar, TeamFiguresTests.Today, new SmallGroupSuppression(Minimum));

            var cells = figures.Cells.ToList();
            var notShown = cells.Where(cell => cell.Hidden || !figures.Suppression.IsShown(cell.Key)).Select(cell => cell.Key).ToHashSet();
            var sensitive = cells.Where(cell => cell.People is > 0 and < Minimum).Select(cell => cell.Key).ToHashSet();
            Assert.DoesNotContain(ReferenceSuppression.Derivable(figures.Relations, notShown), sensitive.Contains);
            heldBack += figures.HeldBackCount;
            heldBackBefore += reference.Apply(cells, figures.Relations).HeldBack.Count;
        }

        // 297 against 258 when this was written (these small data sets are where the new order costs most; over the
        // bench's district it holds back 168 against 153).
        Assert.True(heldBackBefore > 0);
        Assert.True(heldBack <= heldBackBefore * 1.2, $"{heldBack} held back, {heldBackBefore} before");
    }

    /// <summary>Checked twice: the first version's elimination, and by brute force when the additions involved are few.</summary>
    private static void AssertNothingDerivable(List<FigureCell> cells, List<FigureRelation> relations, SuppressionResult result)
    {
        var notShown = cells.Where(cell => cell.Hidden || !result.IsShown(cell.Key)).Select(cell => cell.Key).ToHashSet();
        var sensitive = cells.Where(cell => cell.People is > 0 and < Minimum).Select(cell => cell.Key).ToHashSet();
        Assert.DoesNotContain(ReferenceSuppression.Derivable(relations, notShown), sensitive.Contains);
        if (relations.Count(relation => relation.Parts.Append(relation.Total).Any(notShown.Contains)) <= 10)
        {
            SmallGroupSuppressionTests.AssertNothingDerivable(cells, relations, result);
        }
    }

    /// <summary>
    /// A table of two to four ways (two or three categories each) with every marginal total; in some, the last category
    /// of the first way is never shown (as the weeks before the last four are). Each inner cell has its own people, some
    /// of them too few; a total's people are its parts' together.
    /// </summary>
    private static (List<FigureCell> Cells, List<FigureRelation> Relations) Table(Random random)
    {
        var sizes = Enumerable.Range(0, random.Next(2, random.Next(10) == 0 ? 5 : 4)).Select(_ => random.Next(2, 4)).ToArray();
        var hiddenWay = random.Next(3) == 0;
        var small = random.Next(2, 6);
        var values = new Dictionary<string, (double Value, int People)>();
        var all = Tuples(sizes).ToList();
        foreach (var tuple in all.Where(tuple => tuple.Select((index, way) => index < sizes[way]).All(inner => inner)))
        {
            var people = random.Next(10) < small ? random.Next(1, Minimum) : random.Next(0, 25);
            values[Key(tuple)] = (people == 0 ? 0 : people + random.Next(0, 9), people);
        }

        // Totals, from the inner cells (a total over a way is the sum over its categories).
        foreach (var tuple in all.Where(tuple => !values.ContainsKey(Key(tuple))))
        {
            var inner = all.Where(other => values.ContainsKey(Key(other))
                && other.Select((index, way) => tuple[way] == sizes[way] || tuple[way] == index).All(match => match)).ToList();
            values[Key(tuple)] = (inner.Sum(other => values[Key(other)].Value), inner.Sum(other => values[Key(other)].People));
        }

        var cells = all.Select(tuple => new FigureCell(Key(tuple), values[Key(tuple)].Value, values[Key(tuple)].People,
            Hidden: hiddenWay && tuple[0] == sizes[0] - 1)).ToList();
        var relations = new List<FigureRelation>();
        foreach (var tuple in all)
        {
            for (var way = 0; way < sizes.Length; way++)
            {
                if (tuple[way] == sizes[way])
                {
                    var parts = Enumerable.Range(0, sizes[way]).Select(index => Key([.. tuple.Select((value, w) => w == way ? index : value)])).ToList();
                    relations.Add(new FigureRelation(Key(tuple), parts));
                }
            }
        }

        return (cells, relations);
    }

    /// <summary>Every tuple of indexes, each way's last index (its size) being its total.</summary>
    private static IEnumerable<int[]> Tuples(int[] sizes)
    {
        var count = sizes.Aggregate(1, (product, size) => product * (size + 1));
        for (var n = 0; n < count; n++)
        {
            var tuple = new int[sizes.Length];
            var rest = n;
            for (var way = 0; way < sizes.Length; way++)
            {
                tuple[way] = rest % (sizes[way] + 1);
                rest /= sizes[way] + 1;
            }

            yield return tuple;
        }
    }

    private static string Key(int[] tuple) => string.Join('.', tuple);
}

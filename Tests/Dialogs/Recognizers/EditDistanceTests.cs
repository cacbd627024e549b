using CoachBot.Dialogs.Engine.Recognizers;

namespace CoachBot.Tests.Dialogs.Recognizers;

public sealed class EditDistanceTests
{
    [Theory]
    [InlineData("", "", 0)]
    [InlineData("abc", "abc", 0)]
    [InlineData("", "abc", 3)]
    [InlineData("abc", "", 3)]
    [InlineData("kitten", "sitting", 3)]
    [InlineData("flaw", "lawn", 2)]
    [InlineData("ab", "ba", 1)]
    [InlineData("teh", "the", 1)]
    [InlineData("sceince", "science", 1)]
    [InlineData("clasroom", "classroom", 1)]
    [InlineData("tommorow", "tomorrow", 2)]
    [InlineData("ca", "abc", 3)]
    public void DamerauLevenshtein_KnownPairs_ReturnsDistance(string source, string target, int expected)
    {
        Assert.Equal(expected, EditDistance.DamerauLevenshtein(source, target));
        Assert.Equal(expected, EditDistance.DamerauLevenshtein(target, source));
    }

    [Fact]
    public void DamerauLevenshtein_Nulls_CountAsEmpty() => Assert.Equal(3, EditDistance.DamerauLevenshtein(null, "abc"));

    [Theory]
    [InlineData("kitten", "sitting", 2, 3)]
    [InlineData("abc", "xyz", 1, 2)]
    [InlineData("abc", "abcdefgh", 2, 3)]
    [InlineData("abc", "abd", 5, 1)]
    [InlineData("abc", "abd", -4, 1)]
    [InlineData("abc", "abd", int.MaxValue, 1)]
    public void DamerauLevenshtein_Bounded_ReturnsDistanceOrBoundPlusOne(string source, string target, int max, int expected) =>
        Assert.Equal(expected, EditDistance.DamerauLevenshtein(source, target, max));

    [Fact]
    public void DamerauLevenshtein_RandomPairs_AgreesWithTextbookMatrix()
    {
        var random = new Random(20260311);
        for (var n = 0; n < 2_000; n++)
        {
            var a = RandomWord(random);
            var b = random.Next(3) == 0 ? Mutate(a, random) : RandomWord(random);
            var full = TextbookDistance(a, b);
            Assert.Equal(full, EditDistance.DamerauLevenshtein(a, b));
            for (var max = 0; max <= 4; max++)
            {
                Assert.Equal(Math.Min(full, max + 1), EditDistance.DamerauLevenshtein(a, b, max));
            }
        }
    }

    [Fact]
    public void DamerauLevenshtein_TenThousandCharactersWithBound_ReturnsQuickly()
    {
        var a = new string('a', 10_000);
        var b = a[..5_000] + "b" + a[5_000..];
        Assert.Equal(1, RecognizerFixtures.Timed(() => EditDistance.DamerauLevenshtein(a, b, 2)));
    }

    [Theory]
    [InlineData("math", "maths", 1, true)]
    [InlineData("math", "myth", 0, false)]
    [InlineData(null, "", 0, true)]
    public void IsWithin_Pairs_ComparesAgainstBound(string? source, string target, int max, bool expected) =>
        Assert.Equal(expected, EditDistance.IsWithin(source, target, max));

    [Theory]
    [InlineData(0, 0)]
    [InlineData(1, 0)]
    [InlineData(2, 0)]
    [InlineData(3, 1)]
    [InlineData(5, 1)]
    [InlineData(6, 2)]
    [InlineData(40, 2)]
    public void MaxTypos_WordLength_ReturnsTolerance(int length, int expected) =>
        Assert.Equal(expected, EditDistance.MaxTypos(length));

    /// <summary>The optimal-string-alignment recurrence over the full matrix, as in the textbooks.</summary>
    private static int TextbookDistance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }

        return d[a.Length, b.Length];
    }

    private static string RandomWord(Random random) =>
        new([.. Enumerable.Range(0, random.Next(0, 9)).Select(_ => (char)('a' + random.Next(4)))]);

    private static string Mutate(string word, Random random)
    {
        var chars = word.ToList();
        for (var edits = random.Next(1, 4); edits > 0; edits--)
        {
            var at = chars.Count == 0 ? 0 : random.Next(chars.Count);
            switch (random.Next(4))
            {
                case 0: chars.Insert(at, (char)('a' + random.Next(4))); break;
                case 1 when chars.Count > 0: chars.RemoveAt(at); break;
                case 2 when chars.Count > 0: chars[at] = (char)('a' + random.Next(4)); break;
                case 3 when at + 1 < chars.Count: (chars[at], chars[at + 1]) = (chars[at + 1], chars[at]); break;
            }
        }

        return new string([.. chars]);
    }
}

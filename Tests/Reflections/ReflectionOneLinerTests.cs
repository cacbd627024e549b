using CoachBot.Dialogs.Features.Reflections;

namespace CoachBot.Tests.Reflections;

/// <summary>The minutes a one-liner ends (or starts) with, and the words left when they are taken out.</summary>
public sealed class ReflectionOneLinerTests
{
    public static TheoryData<string, string, int?> Lines => new()
    {
        { "modeled Padlet with Ms. Lee, went well 20 min", "modeled Padlet with Ms. Lee, went well", 20 },
        { "modeled Padlet with Ms. Lee, went well, 20 min", "modeled Padlet with Ms. Lee, went well", 20 },
        { "co-taught a lesson 45 minutes", "co-taught a lesson", 45 },
        { "co-taught a lesson 45m", "co-taught a lesson", 45 },
        { "co-taught a lesson 1 minute", "co-taught a lesson", 1 },
        { "data meeting 1 h", "data meeting", 60 },
        { "data meeting 1.5 hours", "data meeting", 90 },
        { "data meeting 1,5 h", "data meeting", 90 },
        { "data meeting 1 h 30 min", "data meeting", 90 },
        { "data meeting 1 hour and 15 minutes", "data meeting", 75 },
        { "data meeting 1h30", "data meeting", 90 },
        { "planning with the team (30 min)", "planning with the team", 30 },
        { "met the principal for 25 minutes.", "met the principal", 25 },
        { "met the principal - 25 min", "met the principal", 25 },
        { "30 min: coached Ms. Lee on exit tickets", "coached Ms. Lee on exit tickets", 30 },
        { "20 MIN", "", 20 },
        { "bus duty -5 min", "bus duty", -5 },
        { "bus duty \u22125 min", "bus duty", -5 },
        { "bus duty 0 min", "bus duty", 0 },
        { "bus duty 9999 min", "bus duty", 9999 },
        { "helped grade 4 with iPads", "helped grade 4 with iPads", null },
        { "helped grade 4 with 20 iPads", "helped grade 4 with 20 iPads", null },
        { "a 5 min warm-up routine with grade 3 went well", "a 5 min warm-up routine with grade 3 went well", null },
        { "spent lots of time on it", "spent lots of time on it", null },
        { "read chapter 3m of the book", "read chapter 3m of the book", null },
        { "", "", null },
    };

    [Theory]
    [MemberData(nameof(Lines))]
    public void Parse_ReadsTheMinutesAtTheEndOrStart_AndLeavesTheWords(string line, string text, int? minutes)
    {
        var parts = ReflectionOneLiner.Parse(line);

        Assert.Equal(text, parts.Text);
        Assert.Equal(minutes, parts.Minutes);
    }

    [Fact]
    public void Parse_AMinuteWordInTheMiddleOfAWord_IsNotADuration()
    {
        // "3m" here is part of "3month"; only a unit that ends a word counts.
        Assert.Null(ReflectionOneLiner.Parse("made a 3month plan").Minutes);
    }

    [Fact]
    public void Parse_AVeryLongLine_IsReadQuickly()
    {
        var line = new string('1', 100_000) + " 20 min";
        var started = System.Diagnostics.Stopwatch.GetTimestamp();

        var parts = ReflectionOneLiner.Parse(line);

        Assert.Equal(20, parts.Minutes);
        Assert.True(System.Diagnostics.Stopwatch.GetElapsedTime(started) < TimeSpan.FromSeconds(1));
    }

    [Theory]
    [InlineData("20", 20)]
    [InlineData(" 45 ", 45)]
    [InlineData("20 min", 20)]
    [InlineData("1 h", 60)]
    [InlineData("1.5 hours", 90)]
    public void TryReadWhole_ReadsADurationOrABareNumber(string typed, int minutes)
    {
        Assert.True(DurationText.TryReadWhole(typed, out var read));
        Assert.Equal(minutes, read);
    }

    [Theory]
    [InlineData("lots")]
    [InlineData("")]
    [InlineData("twenty min please")]
    [InlineData("20 apples")]
    public void TryReadWhole_RefusesAnythingElse(string typed)
    {
        Assert.False(DurationText.TryReadWhole(typed, out _));
    }
}

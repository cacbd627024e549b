using CoachBot.Dialogs.Features.Coverage;
using CoachBot.Dialogs.School;
using Microsoft.Extensions.Options;

namespace CoachBot.Tests.Coverage;

/// <summary><c>School:Schools</c>: checked at start-up, naming the entry at fault; read case- and space-insensitively.</summary>
public sealed class SchoolsSettingTests
{
    [Theory]
    [InlineData("", "School:Schools:1 is empty")]
    [InlineData("Lincoln Elementary", "School:Schools:1 'Lincoln Elementary' is listed twice")]
    [InlineData("LINCOLN ELEMENTARY ", "School:Schools:1 'LINCOLN ELEMENTARY' is listed twice")]
    [InlineData("St. Mary's, Downtown", "School:Schools:1 'St. Mary's, Downtown' contains a comma")]
    [InlineData("A very long school name that goes on and on well past what fits on a card's choice list", "School:Schools:1 'A very long school n…' is longer than 80 characters")]
    public void ABadSchool_IsNamedByItsIndex(string second, string expected)
    {
        var options = new SchoolOptions { Schools = ["Lincoln Elementary", second] };

        var result = new SchoolOptionsValidator().Validate(null, options);

        Assert.StartsWith(expected, Assert.Single(result.Failures!), StringComparison.Ordinal);
    }

    [Fact]
    public void NoSchools_IsOneUnnamedSchool_ThatNobodyIsAskedAbout()
    {
        var schools = new Schools(Options.Create(new SchoolOptions()));

        Assert.True(new SchoolOptionsValidator().Validate(null, new SchoolOptions()).Succeeded);
        Assert.False(schools.MustChoose);
        Assert.Equal(Schools.TheOnlySchool, schools.SchoolOf(null));
    }

    [Fact]
    public void SeveralSchools_AreFoundAsTyped_AndAnUnknownRememberedSchoolMeansAskingAgain()
    {
        var schools = new Schools(Options.Create(new SchoolOptions { Schools = [" Lincoln Elementary ", "Washington Middle"] }));

        Assert.True(schools.MustChoose);
        Assert.Equal("Lincoln Elementary", schools.Find("lincoln elementary"));
        Assert.Equal("Washington Middle", schools.Find("washington"));
        Assert.Null(schools.Find("Hogwarts"));
        Assert.Equal("Lincoln Elementary", schools.SchoolOf("Lincoln Elementary"));
        Assert.Null(schools.SchoolOf("Roosevelt High"));
        Assert.Null(schools.SchoolOf(null));
    }
}

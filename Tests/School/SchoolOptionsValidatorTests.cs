using CoachBot.Dialogs.School;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CoachBot.Tests.School;

public sealed class SchoolOptionsValidatorTests
{
    [Fact]
    public void The_defaults_are_valid() => Assert.True(new SchoolOptionsValidator().Validate(null, new SchoolOptions()).Succeeded);

    [Theory]
    [InlineData("YearStart", "13-01", "School:YearStart '13-01' is not a month and day in MM-dd form")]
    [InlineData("YearStart", "", "School:YearStart '' is not a month and day")]
    [InlineData("YearEnd", "02-29", "School:YearEnd '02-29' is not a month and day")]
    [InlineData("YearEnd", "08-01", "School:YearEnd '08-01' is the same day as School:YearStart")]
    [InlineData("DefaultTimeZone", "Mars/Olympus_Mons", "School:DefaultTimeZone 'Mars/Olympus_Mons' is not a known IANA time zone")]
    [InlineData("DefaultTimeZone", " ", "School:DefaultTimeZone is empty")]
    public void A_bad_setting_is_named_by_its_key(string key, string value, string expected)
    {
        var options = new SchoolOptions();
        typeof(SchoolOptions).GetProperty(key)!.SetValue(options, value);

        var result = new SchoolOptionsValidator().Validate(null, options);

        Assert.True(result.Failed);
        Assert.StartsWith(expected, Assert.Single(result.Failures!), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2026-12-21", "2026-02-30", "School:Breaks:2:End '2026-02-30' is not a date in yyyy-MM-dd form")]
    [InlineData("21/12/2026", "2027-01-01", "School:Breaks:2:Start '21/12/2026' is not a date")]
    [InlineData("2027-01-01", "2026-12-21", "School:Breaks:2:End 2026-12-21 is before School:Breaks:2:Start 2027-01-01.")]
    [InlineData("1999-12-21", "2000-01-01", "School:Breaks:2:Start 1999-12-21 is outside 2000-01-01 to 2100-12-31")]
    [InlineData("2026-01-01", "2027-06-30", "School:Breaks:2 runs from 2026-01-01 to 2027-06-30, longer than 366 days")]
    public void A_bad_break_is_named_by_its_index(string start, string end, string expected)
    {
        var options = new SchoolOptions
        {
            Breaks =
            [
                new SchoolBreakOptions { Name = "Fall", Start = "2026-10-12", End = "2026-10-16" },
                new SchoolBreakOptions { Name = "Thanksgiving", Start = "2026-11-25", End = "2026-11-27" },
                new SchoolBreakOptions { Name = "Winter", Start = start, End = end },
            ],
        };

        var result = new SchoolOptionsValidator().Validate(null, options);

        Assert.StartsWith(expected, Assert.Single(result.Failures!), StringComparison.Ordinal);
    }

    [Fact]
    public void Weekday_values_outside_the_week_are_named()
    {
        var options = new SchoolOptions { SchoolDays = [DayOfWeek.Monday, (DayOfWeek)9], WeekStart = (DayOfWeek)(-1) };

        var failures = new SchoolOptionsValidator().Validate(null, options).Failures!.ToList();

        Assert.Equal(2, failures.Count);
        Assert.StartsWith("School:SchoolDays:1 '9' is not a weekday name", failures[0], StringComparison.Ordinal);
        Assert.StartsWith("School:WeekStart '-1' is not a weekday name", failures[1], StringComparison.Ordinal);
    }

    [Fact]
    public void Configured_school_days_replace_the_default_week_rather_than_adding_to_it()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["School:SchoolDays:0"] = "Sunday",
            ["School:SchoolDays:1"] = "Monday",
            ["School:SchoolDays:2"] = "Tuesday",
            ["School:SchoolDays:3"] = "Wednesday",
            ["School:SchoolDays:4"] = "Thursday",
            ["School:WeekStart"] = "Sunday",
            ["School:DefaultTimeZone"] = "Asia/Jerusalem",
            ["School:Breaks:0:Name"] = "Passover",
            ["School:Breaks:0:Start"] = "2027-04-20",
            ["School:Breaks:0:End"] = "2027-04-29",
        }).Build();
        using var provider = Services(configuration);

        var calendar = provider.GetRequiredService<SchoolCalendar>();

        Assert.Equal([DayOfWeek.Sunday, DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday], calendar.SchoolDays.Order());
        Assert.Equal("Asia/Jerusalem", calendar.DefaultTimeZone.Id);
        Assert.Equal("Passover", Assert.Single(calendar.Breaks).Name);
    }

    [Fact]
    public void Start_up_validation_through_AddSchool_reports_every_bad_key()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["School:YearStart"] = "8-1",
            ["School:YearEnd"] = "31-07",
            ["School:Breaks:0:Start"] = "2026-12-21",
            ["School:Breaks:0:End"] = "soon",
            ["Coaching:Admins:0"] = "ada@school.example",
        }).Build();
        using var provider = Services(configuration);

        var school = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<SchoolOptions>>().Value);
        var coaching = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<CoachingOptions>>().Value);

        Assert.Equal(2, school.Failures.Count()); // "8-1" is read as 08-01; the other two are wrong
        Assert.Contains(school.Failures, failure => failure.StartsWith("School:YearEnd '31-07'", StringComparison.Ordinal));
        Assert.Contains(school.Failures, failure => failure.StartsWith("School:Breaks:0:End 'soon'", StringComparison.Ordinal));
        Assert.StartsWith("Coaching:Admins:0 'ada@school.example'", Assert.Single(coaching.Failures), StringComparison.Ordinal);
    }

    private static ServiceProvider Services(IConfiguration configuration)
    {
        var services = new ServiceCollection();
        services.AddSchool();
        services.AddOptions<SchoolOptions>().Bind(configuration.GetSection(SchoolOptions.SectionName));
        services.AddOptions<CoachingOptions>().Bind(configuration.GetSection(CoachingOptions.SectionName));
        return services.BuildServiceProvider();
    }
}

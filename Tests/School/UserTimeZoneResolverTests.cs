using CoachBot.Dialogs.School;

namespace CoachBot.Tests.School;

public sealed class UserTimeZoneResolverTests
{
    private static readonly UserTimeZoneResolver Resolver = new(new SchoolCalendar(new SchoolOptions()));

    [Theory]
    [InlineData("Europe/Oslo", "Asia/Tokyo", "Australia/Sydney", "Europe/Oslo", TimeZoneSource.Explicit)]
    [InlineData(null, "Asia/Tokyo", "Australia/Sydney", "Asia/Tokyo", TimeZoneSource.Activity)]
    [InlineData(null, null, "Australia/Sydney", "Australia/Sydney", TimeZoneSource.ClientInfo)]
    [InlineData(null, null, null, "America/New_York", TimeZoneSource.SchoolDefault)]
    public void The_strongest_known_source_wins(string? explicitZone, string? activity, string? clientInfo, string expected, TimeZoneSource source)
    {
        var resolved = Resolver.Resolve(explicitZone, activity, clientInfo);

        Assert.Equal((expected, source), (resolved.Zone.Id, resolved.Source));
    }

    [Theory]
    [InlineData("Mars/Base", "Asia/Tokyo", null, "Asia/Tokyo", TimeZoneSource.Activity)]
    [InlineData("", "  ", "Australia/Sydney", "Australia/Sydney", TimeZoneSource.ClientInfo)]
    [InlineData("../../etc/passwd", "Not a zone", "Europe/Nowhere", "America/New_York", TimeZoneSource.SchoolDefault)]
    [InlineData("Europe/Oslo\u0000", null, "Asia/Kolkata", "Asia/Kolkata", TimeZoneSource.ClientInfo)]
    public void Unknown_or_malformed_ids_are_skipped(string? explicitZone, string? activity, string? clientInfo, string expected, TimeZoneSource source)
    {
        var resolved = Resolver.Resolve(explicitZone, activity, clientInfo);

        Assert.Equal((expected, source), (resolved.Zone.Id, resolved.Source));
    }

    [Theory]
    [InlineData("UTC", null)]
    [InlineData(null, "Etc/UTC")]
    [InlineData("Etc/GMT", "GMT")]
    public void A_UTC_id_reported_by_the_client_is_not_taken_as_the_users_place(string? activity, string? clientInfo)
    {
        var resolved = Resolver.Resolve(null, activity, clientInfo);

        Assert.Equal(("America/New_York", TimeZoneSource.SchoolDefault), (resolved.Zone.Id, resolved.Source));
    }

    [Fact]
    public void UTC_is_used_when_the_user_chose_it_or_the_school_default_says_so()
    {
        var chosen = Resolver.Resolve("Etc/UTC", "Asia/Tokyo", null);
        var schoolDefault = new UserTimeZoneResolver(new SchoolCalendar(new SchoolOptions { DefaultTimeZone = "Etc/UTC" })).Resolve(null, "UTC", null);

        Assert.Equal(TimeSpan.Zero, chosen.Zone.BaseUtcOffset);
        Assert.Equal(TimeZoneSource.Explicit, chosen.Source);
        Assert.Equal(("Etc/UTC", TimeZoneSource.SchoolDefault), (schoolDefault.Zone.Id, schoolDefault.Source));
    }
}

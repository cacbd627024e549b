using CoachBot.Dialogs.Engine;
using CoachBot.Dialogs.School;

namespace CoachBot.Tests.School;

public sealed class RosterManagerTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task An_admin_from_settings_adds_a_coach_by_mention_and_the_roster_keeps_ids_name_who_and_when()
    {
        var admin = Guid.NewGuid().ToString();
        await using var roster = await RosterFixture.CreateAsync(admin);
        var mention = new MentionedUser("29:1carl-teams-id", Guid.NewGuid().ToString().ToUpperInvariant(), "Carl Coach");

        var result = await roster.Manager.GrantAsync(admin, RosterMember.FromMention(mention), CoachingRole.Coach, Ct);

        Assert.Equal(RosterChangeStatus.Granted, result.Status);
        Assert.Equal("Carl Coach is now a coach.", result.Message);
        var entry = await roster.Store.FindAsync(mention.AadObjectId!, Ct);
        Assert.NotNull(entry);
        Assert.Equal(mention.AadObjectId!.ToLowerInvariant(), entry.Member.AadObjectId);
        Assert.Equal("29:1carl-teams-id", entry.Member.TeamsId);
        Assert.Equal("Carl Coach", entry.Member.DisplayName);
        var grant = Assert.Single(entry.Grants);
        Assert.Equal(new RoleGrant(CoachingRole.Coach, admin, roster.Time.GetUtcNow()), grant);
        Assert.True(await roster.Policy.IsAllowedAsync(mention.AadObjectId, CoachingRole.Coach, Ct));
    }

    [Fact]
    public async Task Granting_a_role_twice_changes_nothing()
    {
        var admin = Guid.NewGuid().ToString();
        await using var roster = await RosterFixture.CreateAsync(admin);
        var carl = RosterFixture.Person("Carl");
        await roster.Manager.GrantAsync(admin, carl, CoachingRole.Coach, Ct);
        roster.Time.Advance(TimeSpan.FromDays(1));

        var again = await roster.Manager.GrantAsync(admin, carl, CoachingRole.Coach, Ct);

        Assert.Equal(RosterChangeStatus.NoChange, again.Status);
        Assert.Equal("Carl is already a coach.", again.Message);
        Assert.Single(await roster.Store.GetHistoryAsync(carl.AadObjectId, Ct));
    }

    [Fact]
    public async Task Revoking_records_who_and_when_and_takes_the_role_away()
    {
        var admin = Guid.NewGuid().ToString();
        await using var roster = await RosterFixture.CreateAsync(admin);
        var carl = RosterFixture.Person("Carl");
        var grantedAt = roster.Time.GetUtcNow();
        await roster.Manager.GrantAsync(admin, carl, CoachingRole.Coach, Ct);
        roster.Time.Advance(TimeSpan.FromDays(3));

        var result = await roster.Manager.RevokeAsync(admin, carl with { DisplayName = "Carl" }, CoachingRole.Coach, Ct);

        Assert.Equal(RosterChangeStatus.Revoked, result.Status);
        Assert.Equal("Carl is no longer a coach.", result.Message);
        Assert.False(await roster.Policy.IsAllowedAsync(carl.AadObjectId, CoachingRole.Coach, Ct));
        var history = await roster.Store.GetHistoryAsync(carl.AadObjectId, Ct);
        Assert.Equal(
            [
                new RosterChange(carl.AadObjectId, CoachingRole.Coach, true, admin, grantedAt),
                new RosterChange(carl.AadObjectId, CoachingRole.Coach, false, admin, grantedAt.AddDays(3)),
            ],
            history);

        var twice = await roster.Manager.RevokeAsync(admin, carl, CoachingRole.Coach, Ct);
        Assert.Equal(RosterChangeStatus.NoChange, twice.Status);
        Assert.Equal("Carl isn't a coach, so there was nothing to remove.", twice.Message);
    }

    [Fact]
    public async Task Only_admins_change_the_roster()
    {
        await using var roster = await RosterFixture.CreateAsync(Guid.NewGuid().ToString());
        var lead = RosterFixture.Person("Lena");
        var teacher = RosterFixture.Person("Tina");
        await roster.SeedAsync(lead, CoachingRole.LeadCoach);

        var byLead = await roster.Manager.GrantAsync(lead.AadObjectId, teacher, CoachingRole.Coach, Ct);
        var byTeacher = await roster.Manager.GrantAsync(teacher.AadObjectId, teacher, CoachingRole.Admin, Ct);
        var anonymous = await roster.Manager.RevokeAsync(null, lead, CoachingRole.LeadCoach, Ct);

        foreach (var result in new[] { byLead, byTeacher, anonymous })
        {
            Assert.Equal(RosterChangeStatus.Rejected, result.Status);
            Assert.StartsWith("Only admins can", result.Message, StringComparison.Ordinal);
        }

        Assert.False(await roster.Policy.IsAllowedAsync(teacher.AadObjectId, CoachingRole.Coach, Ct));
        Assert.True(await roster.Policy.IsAllowedAsync(lead.AadObjectId, CoachingRole.LeadCoach, Ct));
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    [InlineData("29:1typed-teams-id")]
    [InlineData("carl@school.example")]
    [InlineData("00000000-0000-0000-0000-000000000000")]
    public async Task Granting_to_someone_without_a_usable_AAD_object_id_is_rejected(string aadObjectId)
    {
        var admin = Guid.NewGuid().ToString();
        await using var roster = await RosterFixture.CreateAsync(admin);

        var result = await roster.Manager.GrantAsync(admin, new RosterMember(aadObjectId, "29:1x", "Carl"), CoachingRole.Coach, Ct);

        Assert.Equal(RosterChangeStatus.Rejected, result.Status);
        Assert.Equal(RosterTexts.UnknownPerson, result.Message);
        Assert.Empty(await roster.Manager.ListAsync(CoachingRole.Coach, Ct));
    }

    [Fact]
    public async Task Everyone_is_a_teacher_so_teacher_is_neither_granted_nor_revoked()
    {
        var admin = Guid.NewGuid().ToString();
        await using var roster = await RosterFixture.CreateAsync(admin);
        var tina = RosterFixture.Person("Tina");

        var grant = await roster.Manager.GrantAsync(admin, tina, CoachingRole.Teacher, Ct);
        var revoke = await roster.Manager.RevokeAsync(admin, tina, CoachingRole.Teacher, Ct);

        Assert.Equal((RosterChangeStatus.Rejected, RosterTexts.EveryoneIsTeacher), (grant.Status, grant.Message));
        Assert.Equal((RosterChangeStatus.Rejected, RosterTexts.TeacherCannotBeRemoved), (revoke.Status, revoke.Message));
        Assert.True(await roster.Policy.IsAllowedAsync(tina.AadObjectId, CoachingRole.Teacher, Ct));
    }

    [Fact]
    public async Task Admins_from_settings_cannot_be_removed_in_chat()
    {
        var first = Guid.NewGuid().ToString();
        var second = Guid.NewGuid().ToString();
        await using var roster = await RosterFixture.CreateAsync(first, second);

        var result = await roster.Manager.RevokeAsync(first, new RosterMember(second, "29:1s", "Sam"), CoachingRole.Admin, Ct);
        var grant = await roster.Manager.GrantAsync(first, new RosterMember(second, "29:1s", "Sam"), CoachingRole.Admin, Ct);

        Assert.Equal(RosterChangeStatus.Rejected, result.Status);
        Assert.Equal(
            "Sam is an admin through the Coaching:Admins setting, so they can't be removed in chat. Ask whoever runs CoachBot to change that setting.",
            result.Message);
        Assert.True(await roster.Policy.IsAllowedAsync(second, CoachingRole.Admin, Ct));
        Assert.Equal(RosterChangeStatus.NoChange, grant.Status);
        Assert.Contains("already an admin", grant.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_last_admin_cannot_be_removed_when_no_admins_come_from_settings()
    {
        await using var roster = await RosterFixture.CreateAsync();
        var ada = RosterFixture.Person("Ada");
        var bo = RosterFixture.Person("Bo");
        await roster.SeedAsync(ada, CoachingRole.Admin);
        Assert.Equal(RosterChangeStatus.Granted, (await roster.Manager.GrantAsync(ada.AadObjectId, bo, CoachingRole.Admin, Ct)).Status);

        Assert.Equal(RosterChangeStatus.Revoked, (await roster.Manager.RevokeAsync(bo.AadObjectId, ada, CoachingRole.Admin, Ct)).Status);
        var self = await roster.Manager.RevokeAsync(bo.AadObjectId, bo, CoachingRole.Admin, Ct);

        Assert.Equal(RosterChangeStatus.Rejected, self.Status);
        Assert.Equal("Bo is the last admin. Add another admin first, so someone can still manage the roster.", self.Message);
        Assert.True(await roster.Policy.IsAllowedAsync(bo.AadObjectId, CoachingRole.Admin, Ct));
    }

    [Fact]
    public async Task Two_admins_removing_each_other_at_once_leave_one_admin()
    {
        await using var roster = await RosterFixture.CreateAsync();
        var ada = RosterFixture.Person("Ada");
        var bo = RosterFixture.Person("Bo");
        await roster.SeedAsync(ada, CoachingRole.Admin);
        await roster.SeedAsync(bo, CoachingRole.Admin);

        var results = await Task.WhenAll(
            Task.Run(() => roster.Manager.RevokeAsync(ada.AadObjectId, bo, CoachingRole.Admin, Ct), Ct),
            Task.Run(() => roster.Manager.RevokeAsync(bo.AadObjectId, ada, CoachingRole.Admin, Ct), Ct));

        Assert.Single(results, result => result.Status == RosterChangeStatus.Revoked);
        Assert.Single(await roster.Store.ListAsync(CoachingRole.Admin, Ct));
    }

    [Fact]
    public async Task With_admins_in_settings_the_last_stored_admin_can_be_removed()
    {
        var configured = Guid.NewGuid().ToString();
        await using var roster = await RosterFixture.CreateAsync(configured);
        var bo = RosterFixture.Person("Bo");
        await roster.Manager.GrantAsync(configured, bo, CoachingRole.Admin, Ct);

        var result = await roster.Manager.RevokeAsync(bo.AadObjectId, bo, CoachingRole.Admin, Ct);

        Assert.Equal(RosterChangeStatus.Revoked, result.Status);
        Assert.False(await roster.Policy.IsAllowedAsync(bo.AadObjectId, CoachingRole.Admin, Ct));
    }

    [Fact]
    public async Task Removing_coach_from_a_lead_coach_ends_their_coaching_but_removing_lead_coach_keeps_a_coach_grant()
    {
        var admin = Guid.NewGuid().ToString();
        await using var roster = await RosterFixture.CreateAsync(admin);
        var lena = RosterFixture.Person("Lena");
        var max = RosterFixture.Person("Max");
        await roster.Manager.GrantAsync(admin, lena, CoachingRole.LeadCoach, Ct);
        await roster.Manager.GrantAsync(admin, max, CoachingRole.Coach, Ct);
        await roster.Manager.GrantAsync(admin, max, CoachingRole.LeadCoach, Ct);

        var lenaResult = await roster.Manager.RevokeAsync(admin, lena, CoachingRole.Coach, Ct);
        var maxResult = await roster.Manager.RevokeAsync(admin, max, CoachingRole.LeadCoach, Ct);

        Assert.Equal(RosterChangeStatus.Revoked, lenaResult.Status);
        Assert.False(await roster.Policy.IsAllowedAsync(lena.AadObjectId, CoachingRole.Coach, Ct));
        Assert.Equal(RosterChangeStatus.Revoked, maxResult.Status);
        Assert.True(await roster.Policy.IsAllowedAsync(max.AadObjectId, CoachingRole.Coach, Ct));
        Assert.False(await roster.Policy.IsAllowedAsync(max.AadObjectId, CoachingRole.LeadCoach, Ct));
    }

    [Fact]
    public async Task Lists_by_role_include_lead_coaches_among_coaches_and_admins_from_settings()
    {
        var configured = Guid.NewGuid().ToString();
        await using var roster = await RosterFixture.CreateAsync(configured);
        var carl = RosterFixture.Person("Carl");
        var lena = RosterFixture.Person("Lena");
        var ada = RosterFixture.Person("Ada");
        await roster.Manager.GrantAsync(configured, carl, CoachingRole.Coach, Ct);
        await roster.Manager.GrantAsync(configured, lena, CoachingRole.LeadCoach, Ct);
        await roster.Manager.GrantAsync(configured, ada, CoachingRole.Admin, Ct);

        var coaches = await roster.Manager.ListAsync(CoachingRole.Coach, Ct);
        var leads = await roster.Manager.ListAsync(CoachingRole.LeadCoach, Ct);
        var admins = await roster.Manager.ListAsync(CoachingRole.Admin, Ct);
        var everyone = await roster.Manager.ListAsync(CoachingRole.Teacher, Ct);

        Assert.Equal(["Carl", "Lena"], coaches.Select(listing => listing.Member.DisplayName));
        Assert.Equal(["Lena"], leads.Select(listing => listing.Member.DisplayName));
        Assert.Equal([(ada.AadObjectId, false), (configured, true)], admins.Select(listing => (listing.Member.AadObjectId, listing.IsConfiguredAdmin)));
        Assert.Equal(4, everyone.Count);
    }

    [Fact]
    public async Task The_roster_keeps_the_latest_Teams_id_and_name_of_people_in_it_only()
    {
        var admin = Guid.NewGuid().ToString();
        await using var roster = await RosterFixture.CreateAsync(admin);
        var carl = RosterFixture.Person("Carl");
        await roster.Manager.GrantAsync(admin, carl, CoachingRole.Coach, Ct);
        var stranger = RosterFixture.Person("Stranger");

        await roster.Store.RecordSeenAsync(carl with { DisplayName = "Carl Jensen", TeamsId = "29:1new" }, roster.Time.GetUtcNow(), Ct);
        await roster.Store.RecordSeenAsync(carl with { DisplayName = null, TeamsId = null }, roster.Time.GetUtcNow(), Ct);
        await roster.Store.RecordSeenAsync(stranger, roster.Time.GetUtcNow(), Ct);

        var entry = await roster.Store.FindAsync(carl.AadObjectId, Ct);
        Assert.Equal(new RosterMember(carl.AadObjectId, "29:1new", "Carl Jensen"), entry!.Member);
        Assert.Null(await roster.Store.FindAsync(stranger.AadObjectId, Ct));
    }
}

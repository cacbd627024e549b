using CoachBot.Dialogs.Engine;
using CoachBot.Dialogs.School;

namespace CoachBot.Tests.School;

public sealed class RosterPolicyTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_teacher_cannot_run_a_coach_or_lead_coach_or_admin_command()
    {
        await using var roster = await RosterFixture.CreateAsync();
        var teacher = RosterFixture.Person("Tina");

        Assert.True(await roster.Policy.IsAllowedAsync(teacher.AadObjectId, CoachingRole.Teacher, Ct));
        Assert.False(await roster.Policy.IsAllowedAsync(teacher.AadObjectId, CoachingRole.Coach, Ct));
        Assert.False(await roster.Policy.IsAllowedAsync(teacher.AadObjectId, CoachingRole.LeadCoach, Ct));
        Assert.False(await roster.Policy.IsAllowedAsync(teacher.AadObjectId, CoachingRole.Admin, Ct));

        var coachCommand = await roster.Policy.CheckAsync(teacher.AadObjectId, new RoleRequirement(CoachingRole.Coach, "open requests"), Ct);
        Assert.False(coachCommand.Allowed);
        Assert.Contains("Only coaches can use \u201copen requests\u201d", coachCommand.DenialMessage, StringComparison.Ordinal);
        Assert.Contains("ask an admin", coachCommand.DenialMessage, StringComparison.Ordinal);

        var adminCommand = await roster.Policy.CheckAsync(teacher.AadObjectId, new RoleRequirement(CoachingRole.Admin, "add coach"), Ct);
        Assert.False(adminCommand.Allowed);
        Assert.StartsWith("Only admins can use \u201cadd coach\u201d", adminCommand.DenialMessage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Someone_without_an_AAD_object_id_is_a_teacher_only()
    {
        await using var roster = await RosterFixture.CreateAsync();

        foreach (var id in new[] { null, "", "   ", "29:1abc", "not-a-guid", Guid.Empty.ToString() })
        {
            Assert.True(await roster.Policy.IsAllowedAsync(id, CoachingRole.Teacher, Ct));
            Assert.False(await roster.Policy.IsAllowedAsync(id, CoachingRole.Coach, Ct));
            Assert.False(await roster.Policy.IsAllowedAsync(id, CoachingRole.Admin, Ct));
        }
    }

    [Fact]
    public async Task A_lead_coach_may_run_coach_commands_but_not_admin_commands()
    {
        await using var roster = await RosterFixture.CreateAsync();
        var lead = RosterFixture.Person("Lena");
        await roster.SeedAsync(lead, CoachingRole.LeadCoach);

        Assert.True(await roster.Policy.IsAllowedAsync(lead.AadObjectId, CoachingRole.Coach, Ct));
        Assert.True(await roster.Policy.IsAllowedAsync(lead.AadObjectId, CoachingRole.LeadCoach, Ct));
        Assert.False(await roster.Policy.IsAllowedAsync(lead.AadObjectId, CoachingRole.Admin, Ct));
    }

    [Fact]
    public async Task A_coach_is_not_a_lead_coach()
    {
        await using var roster = await RosterFixture.CreateAsync();
        var coach = RosterFixture.Person("Carl");
        await roster.SeedAsync(coach, CoachingRole.Coach);

        Assert.True(await roster.Policy.IsAllowedAsync(coach.AadObjectId, CoachingRole.Coach, Ct));
        Assert.False(await roster.Policy.IsAllowedAsync(coach.AadObjectId, CoachingRole.LeadCoach, Ct));
        var check = await roster.Policy.CheckAsync(coach.AadObjectId, new RoleRequirement(CoachingRole.LeadCoach), Ct);
        Assert.StartsWith("Only lead coaches can do that.", check.DenialMessage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Admin_is_separate_from_coaching()
    {
        await using var roster = await RosterFixture.CreateAsync();
        var admin = RosterFixture.Person("Ada");
        await roster.SeedAsync(admin, CoachingRole.Admin);

        Assert.True(await roster.Policy.IsAllowedAsync(admin.AadObjectId, CoachingRole.Admin, Ct));
        Assert.False(await roster.Policy.IsAllowedAsync(admin.AadObjectId, CoachingRole.Coach, Ct));
    }

    [Fact]
    public async Task Admins_from_settings_are_admins_while_the_table_is_empty_in_any_spelling_of_their_id()
    {
        var configured = Guid.NewGuid();
        await using var roster = await RosterFixture.CreateAsync(configured.ToString("B").ToUpperInvariant());

        Assert.True(await roster.Policy.IsAllowedAsync(configured.ToString(), CoachingRole.Admin, Ct));
        Assert.True(await roster.Policy.IsAllowedAsync(configured.ToString("N"), CoachingRole.Admin, Ct));
        Assert.False(await roster.Policy.IsAllowedAsync(configured.ToString(), CoachingRole.Coach, Ct));
        Assert.False(await roster.Policy.IsAllowedAsync(Guid.NewGuid().ToString(), CoachingRole.Admin, Ct));
    }

    [Fact]
    public async Task The_engine_role_checker_reads_role_names_and_denies_unknown_ones()
    {
        await using var roster = await RosterFixture.CreateAsync();
        var lead = RosterFixture.Person("Lena");
        await roster.SeedAsync(lead, CoachingRole.LeadCoach);
        var checker = new RosterRoleChecker(roster.Policy);
        var user = new TurnUser(lead.TeamsId!, lead.AadObjectId, lead.DisplayName);

        Assert.True(await checker.HasRoleAsync(user, CoachingRoles.CoachName, Ct));
        Assert.True(await checker.HasRoleAsync(user, "Lead Coach", Ct));
        Assert.False(await checker.HasRoleAsync(user, CoachingRoles.AdminName, Ct));
        Assert.False(await checker.HasRoleAsync(user, "superuser", Ct));
        Assert.StartsWith("Only admins", checker.DenialMessage("admin"), StringComparison.Ordinal);
        Assert.StartsWith("Only coaches", checker.DenialMessage("coach"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("coach", CoachingRole.Coach)]
    [InlineData("Coaches", CoachingRole.Coach)]
    [InlineData("lead coach", CoachingRole.LeadCoach)]
    [InlineData("lead-coaches", CoachingRole.LeadCoach)]
    [InlineData("ADMIN", CoachingRole.Admin)]
    [InlineData("teacher", CoachingRole.Teacher)]
    public void Role_names_are_read_as_people_type_them(string text, CoachingRole expected)
    {
        Assert.True(CoachingRoles.TryParse(text, out var role));
        Assert.Equal(expected, role);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("principal")]
    public void Unknown_role_names_are_not_read(string? text) => Assert.False(CoachingRoles.TryParse(text, out _));
}

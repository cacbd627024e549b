using CoachBot.Cards.Views.Roles;
using CoachBot.Dialogs.Features;
using CoachBot.Dialogs.Features.Coverage;
using CoachBot.Dialogs.School;
using Microsoft.Extensions.Options;

namespace CoachBot.Bot.Hosting;

/// <summary>
/// Section <c>DevelopmentSeed</c>: people put in the roster, with their coverage, when CoachBot starts in Development, so
/// two Playgrounds can play a teacher and a coach without an admin granting anything first. Outside Development any entry
/// stops start-up: a school's roster is managed by its admins in chat, never by a file.
/// </summary>
public sealed class DevelopmentSeedOptions
{
    public const string SectionName = "DevelopmentSeed";

    public List<DevelopmentSeedPerson> People { get; set; } = [];

    /// <summary>
    /// Also writes a sample school year of support requests and reflections (no real person's, made-up words) for the
    /// seeded coaches, once, so the team view has figures to show in the Playground.
    /// </summary>
    public bool TeamSample { get; set; }

    /// <summary>
    /// Seeded people (Entra object ids) the team sample writes no reflections for: a Playground user whose own digest
    /// should show only what a scenario logs, beside the team median of the other seeded coaches.
    /// </summary>
    public List<string> TeamSampleWithoutReflections { get; set; } = [];
}

/// <summary>One seeded person.</summary>
public sealed class DevelopmentSeedPerson
{
    /// <summary>Their Entra object id (a GUID), as the Playground's configuration gives it.</summary>
    public string AadObjectId { get; set; } = "";

    public string Name { get; set; } = "";

    /// <summary>"coach", "lead coach" or "admin".</summary>
    public string Role { get; set; } = CoachingRoles.CoachName;

    /// <summary>Role topic ids they cover (<c>role.mentor</c>, …); empty = all ten.</summary>
    public List<string> Covers { get; set; } = [];

    /// <summary>Schools of <c>School:Schools</c> they cover; empty = all.</summary>
    public List<string> Schools { get; set; } = [];
}

/// <summary>Refuses a seed outside Development, and a seed entry CoachBot cannot use, naming the key.</summary>
internal sealed class DevelopmentSeedOptionsValidator(IHostEnvironment environment) : IValidateOptions<DevelopmentSeedOptions>
{
    public ValidateOptionsResult Validate(string? name, DevelopmentSeedOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.People.Count == 0 && !options.TeamSample)
        {
            return ValidateOptionsResult.Success;
        }

        if (!environment.IsDevelopment())
        {
            return ValidateOptionsResult.Fail(
                $"{DevelopmentSeedOptions.SectionName}:{(options.People.Count > 0 ? "People" : "TeamSample")} is set, but CoachBot runs in the {environment.EnvironmentName} environment. The seed is only for " +
                "trying CoachBot locally (Development); in a school, admins manage the roster in chat. Remove the section.");
        }

        var problems = new List<string>();
        for (var i = 0; i < options.People.Count; i++)
        {
            var person = options.People[i];
            var key = $"{DevelopmentSeedOptions.SectionName}:People:{i}";
            if (!AadObjectIds.TryNormalize(person.AadObjectId, out _))
            {
                problems.Add($"{key}:AadObjectId '{person.AadObjectId}' is not an Entra object id (a GUID).");
            }

            if (!CoachingRoles.TryParse(person.Role, out var role) || role == CoachingRole.Teacher)
            {
                problems.Add($"{key}:Role '{person.Role}' is not coach, lead coach or admin.");
            }

            foreach (var covered in person.Covers.Where(covered => !TopicIds.AllRoles.Contains(covered)))
            {
                problems.Add($"{key}:Covers '{covered}' is not a role id (e.g. {TopicIds.Mentor}).");
            }
        }

        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }
}

/// <summary>Puts <see cref="DevelopmentSeedOptions.People"/> in the roster and their coverage at start-up (after the database is migrated).</summary>
internal sealed partial class DevelopmentRosterSeeder(
    IOptions<DevelopmentSeedOptions> options,
    IHostEnvironment environment,
    IRosterStore roster,
    ICoverageStore coverage,
    Schools schools,
    TimeProvider time,
    ILogger<DevelopmentRosterSeeder> logger) : IHostedService
{
    private const string SeededBy = "development-seed";

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (!environment.IsDevelopment() || options.Value.People.Count == 0)
        {
            return;
        }

        await SeedAsync(cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Grants each person their role and saves their coverage (idempotent: a restart changes nothing).</summary>
    internal async Task SeedAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        foreach (var person in options.Value.People)
        {
            if (!AadObjectIds.TryNormalize(person.AadObjectId, out var id) || !CoachingRoles.TryParse(person.Role, out var role))
            {
                continue;
            }

            await roster.GrantAsync(new RosterMember(id, null, string.IsNullOrWhiteSpace(person.Name) ? null : person.Name.Trim()), role, SeededBy, now, cancellationToken);
            if (role is CoachingRole.Coach or CoachingRole.LeadCoach)
            {
                var covers = person.Covers.Count == 0 ? TopicIds.AllRoles : person.Covers;
                var at = person.Schools.Count == 0 ? schools.Names : [.. person.Schools.Select(schools.Find).OfType<string>()];
                await coverage.SaveAsync(new CoachCoverage(id, [.. covers], [.. at], SeededBy, now), cancellationToken);
            }
        }

        Log.Seeded(logger, options.Value.People.Count);
    }

    private static partial class Log
    {
        [LoggerMessage(EventId = 1901, Level = LogLevel.Warning, Message = "Development seed: {Count} people put in the roster with their coverage (Development only)")]
        public static partial void Seeded(ILogger logger, int count);
    }
}

/// <summary>
/// Registers the Development roster seed like a feature: its options (validated at start-up and documented in
/// appsettings.template.json) and the hosted service that applies them. It has no commands.
/// </summary>
public sealed class DevelopmentSeedFeature : IFeature
{
    public string Name => "development-seed";

    public void Register(FeatureBuilder feature)
    {
        ArgumentNullException.ThrowIfNull(feature);
        feature.Options<DevelopmentSeedOptions>(DevelopmentSeedOptions.SectionName);
        feature.Services.AddSingleton<IValidateOptions<DevelopmentSeedOptions>, DevelopmentSeedOptionsValidator>();
        feature.Services.AddSingleton<DevelopmentRosterSeeder>();
        feature.Services.AddHostedService(provider => provider.GetRequiredService<DevelopmentRosterSeeder>());
        feature.Services.AddHostedService<TeamView.DevelopmentTeamSample>();
    }
}

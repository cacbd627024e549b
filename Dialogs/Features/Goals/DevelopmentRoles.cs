using CoachBot.Dialogs.Engine;
using CoachBot.Dialogs.School;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace CoachBot.Dialogs.Features.Goals;

/// <summary>
/// Settings honoured only in the Development environment (section <c>Development</c>). Any other environment refuses to
/// start while one is set, so a development shortcut can never reach a school's CoachBot.
/// </summary>
public sealed class DevelopmentOptions
{
    public const string SectionName = "Development";

    /// <summary>
    /// Roles for people the roster cannot hold, such as the Agents Playground's users (whose made-up Entra ids are no
    /// GUIDs): <c>Teams user id=role</c> pairs separated by <c>;</c>, e.g. <c>user-id-0=coach</c>. Empty by default.
    /// </summary>
    public string Roles { get; set; } = "";

    /// <summary>The pairs of <see cref="Roles"/>, or the problem with them.</summary>
    internal static (IReadOnlyDictionary<string, CoachingRole> Grants, string? Problem) Parse(string? roles)
    {
        var grants = new Dictionary<string, CoachingRole>(StringComparer.Ordinal);
        foreach (var pair in (roles ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var parts = pair.Split('=', 2, StringSplitOptions.TrimEntries);
            if (parts.Length != 2 || parts[0].Length == 0 || !CoachingRoles.TryParse(parts[1], out var role) || role == CoachingRole.Teacher)
            {
                return (grants, $"'{pair}' is not 'Teams user id=role' with a role of coach, lead coach or admin.");
            }

            grants[parts[0]] = role;
        }

        return (grants, null);
    }
}

/// <summary>Checks <see cref="DevelopmentOptions"/>: well formed, and set only in Development.</summary>
public sealed class DevelopmentOptionsValidator(bool isDevelopment) : IValidateOptions<DevelopmentOptions>
{
    public ValidateOptionsResult Validate(string? name, DevelopmentOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (string.IsNullOrWhiteSpace(options.Roles))
        {
            return ValidateOptionsResult.Success;
        }

        if (!isDevelopment)
        {
            return ValidateOptionsResult.Fail(
                $"{DevelopmentOptions.SectionName}:{nameof(DevelopmentOptions.Roles)} is honoured only in the Development environment; remove it here.");
        }

        var (_, problem) = DevelopmentOptions.Parse(options.Roles);
        return problem is null
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail($"{DevelopmentOptions.SectionName}:{nameof(DevelopmentOptions.Roles)}: {problem}");
    }
}

/// <summary>
/// In Development only: the roles of <see cref="DevelopmentOptions.Roles"/> on top of the real role checker (so the
/// Playground's user can be a coach). Help and the welcome card still read the roster, so they show such a person the
/// teacher's view.
/// </summary>
public sealed class DevelopmentRoleChecker(IRoleChecker inner, IOptions<DevelopmentOptions> options) : IRoleChecker
{
    private readonly IReadOnlyDictionary<string, CoachingRole> _grants = DevelopmentOptions.Parse(options.Value.Roles).Grants;

    public async Task<bool> HasRoleAsync(TurnUser user, string role, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        return (_grants.TryGetValue(user.Id, out var granted) && CoachingRoles.TryParse(role, out var required) && granted.Satisfies(required))
            || await inner.HasRoleAsync(user, role, cancellationToken);
    }

    public string DenialMessage(string role) => inner.DenialMessage(role);

    /// <summary>
    /// Makes the <see cref="IRoleChecker"/> the roster's own checker with these roles on top, whichever of this and the
    /// school's registration runs first (the school's is a TryAdd).
    /// </summary>
    internal static void Register(IServiceCollection services) =>
        services.Replace(ServiceDescriptor.Singleton<IRoleChecker>(provider => new DevelopmentRoleChecker(
            ActivatorUtilities.CreateInstance<RosterRoleChecker>(provider), provider.GetRequiredService<IOptions<DevelopmentOptions>>())));
}

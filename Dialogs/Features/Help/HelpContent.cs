using CoachBot.Cards.Views;
using CoachBot.Dialogs.Engine;
using CoachBot.Dialogs.School;

namespace CoachBot.Dialogs.Features.Help;

/// <summary>
/// Builds the help and welcome cards' content from what the registered features declare, for the roles the person
/// holds: a feature appears in help by being registered, and only to the people who may use it.
/// </summary>
public sealed class HelpContent(FeatureCatalog catalog, RosterPolicy roster)
{
    /// <summary>What is not built yet, in help's words and in the welcome card's. A feature that lands removes its line.</summary>
    internal static readonly IReadOnlyList<(string Help, string Welcome)> ComingSoon = [];

    private static readonly (string? Role, string Heading)[] Sections =
    [
        (null, "For everyone"),
        (CoachingRoles.CoachName, "For coaches"),
        (CoachingRoles.LeadCoachName, "For lead coaches"),
        (CoachingRoles.AdminName, "For admins"),
    ];

    public async Task<HelpCardModel> HelpAsync(TurnInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var roles = await roster.GetRolesAsync(input.User.AadObjectId, cancellationToken);
        return Help(catalog, roles, input.Scope == ConversationScope.Personal);
    }

    /// <summary>The welcome card: in a personal chat for the person's roles; in a shared one for everyone (teachers).</summary>
    public async Task<WelcomeCardModel> WelcomeAsync(TurnInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var personal = input.Scope == ConversationScope.Personal;
        var roles = personal
            ? await roster.GetRolesAsync(input.User.AadObjectId, cancellationToken)
            : EffectiveRoles.TeacherOnly(null);
        return Welcome(catalog, roles, personal ? input.User.Name : null, personal);
    }

    /// <summary>The help card's model for someone holding <paramref name="roles"/>.</summary>
    public static HelpCardModel Help(FeatureCatalog catalog, EffectiveRoles roles, bool isPersonalChat)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(roles);
        var sections = Sections
            .Where(section => Holds(roles, section.Role))
            .Select(section => new HelpSection(section.Heading, [.. EntriesFor(catalog, section.Role)]))
            .ToList();
        return new HelpCardModel(isPersonalChat, sections, [.. ComingSoon.Select(line => line.Help)], Buttons(catalog, SuggestionPlace.Help));
    }

    /// <summary>The welcome card's model for someone holding <paramref name="roles"/>.</summary>
    public static WelcomeCardModel Welcome(FeatureCatalog catalog, EffectiveRoles roles, string? userName, bool isPersonalChat)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(roles);
        var canDo = catalog.Features
            .SelectMany(feature => feature.WelcomeLines)
            .Where(line => Holds(roles, line.RequiredRole))
            .Select(line => line.Text)
            .ToList();
        return new WelcomeCardModel(userName, isPersonalChat, canDo, [.. ComingSoon.Select(line => line.Welcome)], Buttons(catalog, SuggestionPlace.Welcome));
    }

    private static IEnumerable<HelpEntry> EntriesFor(FeatureCatalog catalog, string? role)
    {
        foreach (var feature in catalog.Features)
        {
            foreach (var line in feature.HelpLines.Where(line => SameRole(line.RequiredRole, role)))
            {
                yield return new HelpEntry(line.Title, line.Text);
            }

            foreach (var command in feature.Commands.Where(command => command.Help is not null && SameRole(command.RequiredRole, role)))
            {
                var note = command.IsPrivate ? " (sent privately)" : "";
                yield return new HelpEntry(command.Usage ?? command.Name, command.Help + note);
            }
        }
    }

    private static List<CardButton> Buttons(FeatureCatalog catalog, SuggestionPlace place) =>
    [
        .. catalog.Features
            .SelectMany(feature => feature.Buttons)
            .Where(button => button.Place == place)
            .Select(button => new CardButton(button.Title, button.Create)),
    ];

    private static bool SameRole(string? declared, string? section) =>
        string.Equals(Canonical(declared), Canonical(section), StringComparison.Ordinal);

    private static string? Canonical(string? role) =>
        role is null ? null : CoachingRoles.TryParse(role, out var parsed) && parsed != CoachingRole.Teacher ? parsed.DisplayName() : null;

    private static bool Holds(EffectiveRoles roles, string? role) =>
        role is null || (CoachingRoles.TryParse(role, out var required) && roles.Has(required));
}

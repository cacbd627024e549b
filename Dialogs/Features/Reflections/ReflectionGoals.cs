using System.Globalization;
using CoachBot.Cards.Views.Reflections;
using CoachBot.Dialogs.Engine;
using CoachBot.Dialogs.Features.Goals;
using CoachBot.Dialogs.School;

namespace CoachBot.Dialogs.Features.Reflections;

/// <summary>
/// The reflections' side of goals, through <see cref="IGoalLinks"/> only: the goals feature may be absent, and then a
/// coach simply has no goals here (no picker, no suggestion, no note in the digest, nothing to forget). Goals are kept
/// under the person's <see cref="TurnUser.Key"/>, as the goals feature keeps them.
/// </summary>
public sealed class ReflectionGoals(IEnumerable<IGoalLinks> links)
{
    private readonly IGoalLinks? _links = links.FirstOrDefault();

    /// <summary>The coach's active goals of the school year under way (or planned) on their local date; none without goals.</summary>
    public async Task<IReadOnlyList<GoalChoice>> ActiveAsync(TurnInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        return _links is null ? [] : await _links.ListActiveAsync(input.User.Key, ZonedTime.LocalDate(input.Now, input.TimeZone), cancellationToken);
    }

    /// <summary>The goal a reflection is linked to, or null.</summary>
    public async Task<GoalChoice?> LinkedAsync(TurnUser user, long reflectionId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        return _links is null ? null : await _links.LinkedGoalAsync(user.Key, Key(reflectionId), cancellationToken);
    }

    /// <summary>
    /// Links <paramref name="reflection"/> to the coach's goal <paramref name="goalId"/> (moving any other link); false when
    /// it is not their active goal (nor the goal the reflection is linked to already), or diverted time.
    /// </summary>
    public async Task<bool> LinkAsync(TurnUser user, CoachReflection reflection, long goalId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(reflection);
        return _links is not null && !reflection.IsDiverted
            && await _links.LinkReflectionAsync(user.Key, goalId, Key(reflection.Id), reflection.Time.At, reflection.Content.Text, cancellationToken);
    }

    /// <summary>Forgets a reflection's link (it was deleted, or its goal was taken off).</summary>
    public Task ForgetAsync(TurnUser user, long reflectionId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        return _links is null ? Task.CompletedTask : _links.ForgetReflectionAsync(user.Key, Key(reflectionId), cancellationToken);
    }

    /// <summary>Forgets all the coach's reflection links (all their reflections were deleted).</summary>
    public Task ForgetAllAsync(TurnUser user, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        return _links is null ? Task.CompletedTask : _links.ForgetAllReflectionsAsync(user.Key, cancellationToken);
    }

    /// <summary>
    /// True when the coach may link reflection <paramref name="reflectionId"/> (null for a new one) to goal
    /// <paramref name="goalId"/>: one of their active goals, or the goal it is linked to already.
    /// </summary>
    public async Task<bool> MayLinkAsync(TurnInput input, long? reflectionId, long goalId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        if ((await ActiveAsync(input, cancellationToken)).Any(goal => goal.Id == goalId))
        {
            return true;
        }

        return reflectionId is { } id && (await LinkedAsync(input.User, id, cancellationToken))?.Id == goalId;
    }

    /// <summary>
    /// Reads the form's goal picker: <c>none</c> (or empty) is no goal, a number is that goal; false for anything else.
    /// <paramref name="present"/> is false when the form had no picker (then the link stays as it is).
    /// </summary>
    public static bool TryReadPick(string? value, out bool present, out long? goalId)
    {
        goalId = null;
        present = value is not null;
        var text = value?.Trim() ?? string.Empty;
        if (text.Length == 0 || text.Equals(ReflectionFormCard.NoGoal, StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        if (long.TryParse(text.TrimStart('#'), NumberStyles.None, CultureInfo.InvariantCulture, out var id) && id > 0)
        {
            goalId = id;
            return true;
        }

        return false;
    }

    /// <summary>What the form's goal picker offers: the active goals, and the linked goal when it is no longer active.</summary>
    public static IReadOnlyList<ReflectionGoalOption> Options(IReadOnlyList<GoalChoice> active, GoalChoice? linked)
    {
        ArgumentNullException.ThrowIfNull(active);
        var options = active.Select(goal => new ReflectionGoalOption(goal.Id, goal.Label)).ToList();
        if (linked is not null && active.All(goal => goal.Id != linked.Id))
        {
            options.Add(new ReflectionGoalOption(linked.Id, linked.Label + (linked.IsActive ? string.Empty : " (no longer active)")));
        }

        return options;
    }

    /// <summary>The goal as the confirmation card shows it.</summary>
    public static ReflectionGoalLink? Line(GoalChoice? goal, bool suggestion = false) =>
        goal is null ? null : new ReflectionGoalLink(goal.Id, goal.Title, suggestion);

    private static string Key(long reflectionId) => reflectionId.ToString(CultureInfo.InvariantCulture);
}

using System.Globalization;
using CoachBot.Dialogs.School;

namespace CoachBot.Dialogs.Features.Goals;

/// <summary>A goal as another feature sees it (e.g. the reflection form's goal picker, the reflection digest).</summary>
/// <param name="Id">The goal's number.</param>
/// <param name="Title">The coach's own title (plain text).</param>
/// <param name="RoleId">The role it counts for (a <c>role.*</c> topic id; a task's role for a task).</param>
/// <param name="Unit">What a count goal counts ("parent workshops"), or null.</param>
/// <param name="Since">The coach's local date the goal counts from: the later of its year's start and the day it was set.</param>
/// <param name="IsActive">False for a goal done, archived or carried over (only a reflection's own link shows one).</param>
public sealed record GoalChoice(long Id, string Title, string RoleId, string? Unit, DateOnly Since, bool IsActive = true)
{
    /// <summary>"#12 Run parent workshops", as a picker lists it.</summary>
    public string Label => "#" + Id.ToString(CultureInfo.InvariantCulture) + " " + Title;
}

/// <summary>
/// What the goals feature offers other features (the reflections feature first): a coach's active goals for a picker,
/// and linking a reflection to one of them, which the goals card then shows as "last linked reflection, N days ago".
/// Every call names the coach (the goals' key, <c>TurnUser.Key</c>); another coach's goal is never listed, found or linked.
/// </summary>
public interface IGoalLinks
{
    /// <summary>The coach's active goals of the school year under way (or planned) on <paramref name="today"/>, by number.</summary>
    Task<IReadOnlyList<GoalChoice>> ListActiveAsync(string coach, DateOnly today, CancellationToken cancellationToken);

    /// <summary>The goal a reflection is linked to (whatever its status now), or null.</summary>
    Task<GoalChoice?> LinkedGoalAsync(string coach, string reflectionId, CancellationToken cancellationToken);

    /// <summary>
    /// Links a reflection to the coach's goal <paramref name="goalId"/>; a reflection is linked to one goal at most, so a
    /// link to another goal is moved. False (and nothing changed) when the coach has no active goal with that number,
    /// unless the reflection is linked to it already: then its date and excerpt are refreshed (an edited reflection).
    /// </summary>
    /// <param name="reflectionId">The reflections feature's own id.</param>
    /// <param name="at">When the reflection happened (UTC).</param>
    /// <param name="excerpt">A short excerpt (it is shortened to 80 characters); shown to the coach only.</param>
    Task<bool> LinkReflectionAsync(string coach, long goalId, string reflectionId, DateTimeOffset at, string excerpt, CancellationToken cancellationToken);

    /// <summary>Forgets a reflection's links (call it when the reflection is deleted, so no excerpt outlives it).</summary>
    Task ForgetReflectionAsync(string coach, string reflectionId, CancellationToken cancellationToken);

    /// <summary>Forgets all the coach's reflection links (call it when all their reflections are deleted).</summary>
    Task ForgetAllReflectionsAsync(string coach, CancellationToken cancellationToken);
}

/// <summary><see cref="IGoalLinks"/> on the goal store.</summary>
public sealed class GoalLinks(IGoalStore store, SchoolCalendar calendar) : IGoalLinks
{
    /// <summary>The longest excerpt a link keeps.</summary>
    public const int ExcerptLength = 80;

    public async Task<IReadOnlyList<GoalChoice>> ListActiveAsync(string coach, DateOnly today, CancellationToken cancellationToken)
    {
        var year = GoalYears.PlanningYear(calendar, today);
        var goals = await store.ListAsync(coach, cancellationToken);
        return [.. goals
            .Where(goal => goal.Status == GoalStatus.Active && goal.Year.Start == year.Start)
            .OrderBy(goal => goal.Id)
            .Select(Choice)];
    }

    public async Task<GoalChoice?> LinkedGoalAsync(string coach, string reflectionId, CancellationToken cancellationToken) =>
        await store.FindReflectionGoalAsync(coach, reflectionId, cancellationToken) is { } goal ? Choice(goal) : null;

    public Task<bool> LinkReflectionAsync(string coach, long goalId, string reflectionId, DateTimeOffset at, string excerpt, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reflectionId);
        var link = new LinkedReflection(reflectionId, at.ToUniversalTime(), Cards.Text.PlainText.OneLine(excerpt ?? "", ExcerptLength));
        return store.LinkReflectionAsync(coach, goalId, link, cancellationToken);
    }

    public Task ForgetReflectionAsync(string coach, string reflectionId, CancellationToken cancellationToken) =>
        store.RemoveReflectionLinksAsync(coach, reflectionId, cancellationToken);

    public Task ForgetAllReflectionsAsync(string coach, CancellationToken cancellationToken) =>
        store.RemoveAllReflectionLinksAsync(coach, cancellationToken);

    private static GoalChoice Choice(Goal goal) =>
        new(goal.Id, goal.Title, GoalServes.RoleOf(goal.Serves) ?? goal.Serves, goal.Unit, goal.StartDate, goal.Status == GoalStatus.Active);
}

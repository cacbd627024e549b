using CoachBot.Dialogs.School;

namespace CoachBot.Dialogs.Features.Goals;

/// <summary>An active goal as another feature's picker lists it (e.g. the reflection form's goal picker).</summary>
/// <param name="Id">The goal's number.</param>
/// <param name="Title">The coach's own title (plain text).</param>
/// <param name="RoleId">The role it counts for (a <c>role.*</c> topic id; a task's role for a task).</param>
public sealed record GoalChoice(long Id, string Title, string RoleId);

/// <summary>
/// What the goals feature offers other features (the reflections feature first): a coach's active goals for a picker,
/// and linking a reflection to one of them, which the goals card then shows as "last linked reflection, N days ago".
/// Every call names the coach; another coach's goal is never listed and cannot be linked.
/// </summary>
public interface IGoalLinks
{
    /// <summary>The coach's active goals of the school year under way (or planned) on <paramref name="today"/>, by number.</summary>
    Task<IReadOnlyList<GoalChoice>> ListActiveAsync(string coach, DateOnly today, CancellationToken cancellationToken);

    /// <summary>
    /// Links a reflection to the coach's goal <paramref name="goalId"/>; false (and nothing saved) when the coach has no
    /// active goal with that number. Linking the same reflection again updates its date and excerpt.
    /// </summary>
    /// <param name="reflectionId">The reflections feature's own id.</param>
    /// <param name="at">When the reflection happened (UTC).</param>
    /// <param name="excerpt">A short excerpt (it is shortened to 80 characters); shown to the coach only.</param>
    Task<bool> LinkReflectionAsync(string coach, long goalId, string reflectionId, DateTimeOffset at, string excerpt, CancellationToken cancellationToken);

    /// <summary>Forgets a reflection's links (call it when the reflection is deleted, so no excerpt outlives it).</summary>
    Task ForgetReflectionAsync(string coach, string reflectionId, CancellationToken cancellationToken);
}

/// <summary><see cref="IGoalLinks"/> on the goal store.</summary>
public sealed class GoalLinks(IGoalStore store, SchoolCalendar calendar) : IGoalLinks
{
    public async Task<IReadOnlyList<GoalChoice>> ListActiveAsync(string coach, DateOnly today, CancellationToken cancellationToken)
    {
        var year = GoalYears.PlanningYear(calendar, today);
        var goals = await store.ListAsync(coach, cancellationToken);
        return [.. goals
            .Where(goal => goal.Status == GoalStatus.Active && goal.Year.Start == year.Start)
            .OrderBy(goal => goal.Id)
            .Select(goal => new GoalChoice(goal.Id, goal.Title, GoalServes.RoleOf(goal.Serves) ?? goal.Serves))];
    }

    public async Task<bool> LinkReflectionAsync(string coach, long goalId, string reflectionId, DateTimeOffset at, string excerpt, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reflectionId);
        var goal = await store.FindAsync(coach, goalId, cancellationToken);
        if (goal is not { Status: GoalStatus.Active })
        {
            return false;
        }

        return await store.LinkReflectionAsync(coach, goalId, new LinkedReflection(reflectionId, at, Cards.Text.PlainText.OneLine(excerpt ?? "", 80)), cancellationToken);
    }

    public Task ForgetReflectionAsync(string coach, string reflectionId, CancellationToken cancellationToken) =>
        store.RemoveReflectionLinksAsync(coach, reflectionId, cancellationToken);
}

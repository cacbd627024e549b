using CoachBot.Dialogs.School;

namespace CoachBot.Dialogs.Features.Goals;

/// <summary>What happened to a change asked of the store.</summary>
public enum GoalChangeStatus
{
    /// <summary>Saved; the result carries the goal as it is now.</summary>
    Changed,

    /// <summary>The change function asked for no change.</summary>
    Unchanged,

    /// <summary>No goal of this coach has that id (another coach's goal is "not found" too).</summary>
    NotFound,

    /// <summary>The goal changed since the card was made (its version differs); the result carries it as it is now.</summary>
    Stale,

    /// <summary>The year already has the most active goals CoachBot keeps (<see cref="GoalRules.MaxActive"/>).</summary>
    TooMany,
}

/// <summary>The store's answer to a change: its status and the goal as it is after it (when found).</summary>
public sealed record GoalChangeResult(GoalChangeStatus Status, Goal? Goal);

/// <summary>The values a change writes: the goal as it should be, and the progress it logs (if any).</summary>
public sealed record GoalEdit(Goal Goal, ProgressEntry? Progress = null);

/// <summary>The two things CoachBot offers a coach once per school year.</summary>
public enum GoalOffer
{
    /// <summary>"Set your goals", in the first school weeks.</summary>
    SetGoals,

    /// <summary>The list of last year's unfinished goals, with Carry over / Archive.</summary>
    CarryOver,
}

/// <summary>
/// A coach's goals. Every read and change names the coach, and a goal of another coach is simply not there: there
/// is no way to reach someone else's goal through this interface. Changes are atomic and check the goal's version.
/// </summary>
public interface IGoalStore
{
    /// <summary>The coach's goal with this id, or null.</summary>
    Task<Goal?> FindAsync(string coach, long id, CancellationToken cancellationToken);

    /// <summary>All of the coach's goals, every year and status, oldest first.</summary>
    Task<IReadOnlyList<Goal>> ListAsync(string coach, CancellationToken cancellationToken);

    /// <summary>
    /// Saves a new active goal, unless its year already has <paramref name="maxActive"/> active goals
    /// (<see cref="GoalChangeStatus.TooMany"/>).
    /// </summary>
    Task<GoalChangeResult> AddAsync(NewGoal goal, int maxActive, DateTimeOffset at, CancellationToken cancellationToken);

    /// <summary>
    /// Changes the coach's goal <paramref name="id"/> in one transaction: finds it (else NotFound), checks
    /// <paramref name="expectedVersion"/> when given (else Stale), runs <paramref name="change"/> on it (null = no change),
    /// refuses to make a goal active in a year that already has <paramref name="maxActive"/> active goals, and saves it
    /// with the next version. <paramref name="change"/> runs inside the transaction: it must be quick and pure.
    /// </summary>
    Task<GoalChangeResult> ChangeAsync(
        string coach, long id, int? expectedVersion, Func<Goal, GoalEdit?> change, int maxActive, DateTimeOffset at, CancellationToken cancellationToken);

    /// <summary>
    /// Carries an active goal of an ended year into <paramref name="into"/>: the old goal becomes
    /// <see cref="GoalStatus.CarriedOver"/> and a new active goal continues it with its progress and milestones (its due
    /// date stays behind). NotFound / Stale / TooMany as for <see cref="ChangeAsync"/>; the result carries the new goal.
    /// </summary>
    Task<GoalChangeResult> CarryOverAsync(
        string coach, long id, int? expectedVersion, SchoolYear into, DateOnly startDate, int maxActive, DateTimeOffset at, CancellationToken cancellationToken);

    /// <summary>Records that <paramref name="offer"/> was made for <paramref name="year"/>; false when it already was.</summary>
    Task<bool> MarkOfferedAsync(string coach, GoalOffer offer, SchoolYear year, CancellationToken cancellationToken);

    /// <summary>True when <paramref name="offer"/> was made to the coach for <paramref name="year"/>.</summary>
    Task<bool> WasOfferedAsync(string coach, GoalOffer offer, SchoolYear year, CancellationToken cancellationToken);

    /// <summary>
    /// Links a reflection to the coach's goal, in one write: a reflection is linked to one goal at most, so a link to
    /// another goal is moved. False (nothing changed) when the goal is not the coach's active goal — unless the
    /// reflection is linked to it already, when its date and excerpt are refreshed (an edited reflection of a goal done since).
    /// </summary>
    Task<bool> LinkReflectionAsync(string coach, long goalId, LinkedReflection link, CancellationToken cancellationToken);

    /// <summary>The goal a reflection of the coach is linked to, or null.</summary>
    Task<Goal?> FindReflectionGoalAsync(string coach, string reflectionId, CancellationToken cancellationToken);

    /// <summary>Forgets every link to a reflection of the coach (when the reflection is deleted).</summary>
    Task RemoveReflectionLinksAsync(string coach, string reflectionId, CancellationToken cancellationToken);

    /// <summary>Forgets every reflection link of the coach (when all their reflections are deleted).</summary>
    Task RemoveAllReflectionLinksAsync(string coach, CancellationToken cancellationToken);
}

namespace CoachBot.Dialogs.Features.Reflections;

/// <summary>
/// Coaches' reflections. Every call names the coach, and a reflection is only ever found, changed or removed through
/// its own coach's id: another person's id finds nothing (privacy is the store's contract, not the caller's care).
/// Implemented on SQLite in <c>Bot/Reflections/</c>.
/// </summary>
public interface IReflectionStore
{
    /// <summary>Saves a new reflection of <paramref name="coachId"/>.</summary>
    Task<CoachReflection> AddAsync(string coachId, ReflectionContent content, ReflectionTime time, CancellationToken cancellationToken);

    /// <summary>The reflection <paramref name="id"/> of <paramref name="coachId"/>, or null (none, or someone else's).</summary>
    Task<CoachReflection?> FindAsync(string coachId, long id, CancellationToken cancellationToken);

    /// <summary>Replaces what reflection <paramref name="id"/> says (its time stays); null when it is not this coach's or gone.</summary>
    Task<CoachReflection?> UpdateAsync(string coachId, long id, ReflectionContent content, DateTimeOffset editedAt, CancellationToken cancellationToken);

    /// <summary>Deletes reflection <paramref name="id"/> for good; false when it is not this coach's or already gone.</summary>
    Task<bool> DeleteAsync(string coachId, long id, CancellationToken cancellationToken);

    /// <summary>
    /// Deletes for good every reflection of <paramref name="coachId"/>, overwriting their bytes in the database file, when
    /// the coach has exactly <paramref name="expectedCount"/> (what a confirmation named); in one write. Returns how many
    /// were deleted, or null when the count differs (and nothing was deleted).
    /// </summary>
    Task<int?> DeleteAllAsync(string coachId, int expectedCount, CancellationToken cancellationToken);

    /// <summary>The coach's reflections matching <paramref name="query"/>, newest first, from <paramref name="before"/> on.</summary>
    Task<ReflectionPage> ListAsync(string coachId, ReflectionQuery query, ReflectionCursor? before, int limit, CancellationToken cancellationToken);

    /// <summary>The figures of the coach's reflections logged on or after the local date <paramref name="from"/>.</summary>
    Task<IReadOnlyList<ReflectionFigure>> FiguresAsync(string coachId, DateOnly from, CancellationToken cancellationToken);

    /// <summary>The first days of the school weeks in which the coach logged a coaching reflection, all time, newest first.</summary>
    Task<IReadOnlyList<DateOnly>> ReflectionWeeksAsync(string coachId, CancellationToken cancellationToken);
}

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

    /// <summary>
    /// The one read across coaches, for the digest's team median: each coach's minutes with a local date from
    /// <paramref name="from"/> through <paramref name="through"/>, summed per kind and set of roles. It returns no coach id
    /// and no words: a coach is only a number (0, 1, …, in no particular order) that groups their sums. Entries without
    /// minutes are left out, so a coach counts when they logged minutes in the period.
    /// </summary>
    Task<IReadOnlyList<TeamMinutes>> TeamMinutesAsync(DateOnly from, DateOnly through, CancellationToken cancellationToken);

    /// <summary>The first days of the school weeks in which the coach logged a coaching reflection, all time, newest first.</summary>
    Task<IReadOnlyList<DateOnly>> ReflectionWeeksAsync(string coachId, CancellationToken cancellationToken);
}

/// <summary>One unnamed coach's (<paramref name="Coach"/>: a number, not an id) minutes of one kind and set of roles in a period.</summary>
public sealed record TeamMinutes(int Coach, ReflectionKind Kind, IReadOnlyList<string> Roles, long Minutes);

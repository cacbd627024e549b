using System.Globalization;
using CoachBot.Cards;
using CoachBot.Cards.Formatting;
using CoachBot.Cards.Views.Reflections;
using CoachBot.Dialogs.Engine;
using CoachBot.Dialogs.Features.Goals;
using CoachBot.Dialogs.School;
using Microsoft.Extensions.Logging;

namespace CoachBot.Dialogs.Features.Reflections;

/// <summary>
/// Saving and showing a coach's reflections: stamps a new one with the turn's instant, the coach's zone and school
/// week, keeps their goal links in step (<see cref="ReflectionGoals"/>: a deleted reflection's link is forgotten), and
/// turns saved ones into the cards' models (dates in the zone they were logged in). Logs carry ids and
/// counts, never the coach's words: saves and edits at Debug (a busy school makes thousands a day), deletions at
/// Information.
/// </summary>
public sealed partial class ReflectionJournal(
    IReflectionStore store, ReflectionRoles roles, ReflectionGoals goals, SchoolCalendar calendar, ILogger<ReflectionJournal> logger)
{
    public IReflectionStore Store => store;

    public ReflectionGoals Goals => goals;

    public ReflectionRoles Roles => roles;

    /// <summary>Saves a new reflection logged now (the turn's instant) in the coach's time zone.</summary>
    public async Task<CoachReflection> AddAsync(string coachId, ReflectionContent content, TurnInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(input);
        var local = ZonedTime.LocalDate(input.Now, input.TimeZone);
        var time = new ReflectionTime(input.Now.ToUniversalTime(), input.TimeZone.Id, local, calendar.GetWeek(local).Start);
        var saved = await store.AddAsync(coachId, content, time, cancellationToken);
        Log.Saved(logger, saved.Id, content.Kind, content.Roles.Count, content.Minutes ?? 0);
        return saved;
    }

    /// <summary>Replaces what a reflection says; null when it is gone or not this coach's.</summary>
    public async Task<CoachReflection?> UpdateAsync(string coachId, long id, ReflectionContent content, TurnInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var updated = await store.UpdateAsync(coachId, id, content, input.Now.ToUniversalTime(), cancellationToken);
        if (updated is not null)
        {
            Log.Updated(logger, id, content.Kind, content.Roles.Count);
        }

        return updated;
    }

    /// <summary>Deletes a reflection for good, and forgets its goal link; false when it is gone or not this coach's.</summary>
    public async Task<bool> DeleteAsync(string coachId, long id, TurnUser user, CancellationToken cancellationToken)
    {
        var deleted = await store.DeleteAsync(coachId, id, cancellationToken);
        if (deleted)
        {
            Log.Deleted(logger, id);
        }

        // Also when it was gone already: a link left behind by an earlier failure goes now.
        await goals.ForgetAsync(user, id, cancellationToken);
        return deleted;
    }

    /// <summary>
    /// Links a saved reflection to the coach's goal <paramref name="goalId"/> (moving any other link), or forgets its link
    /// when <paramref name="goalId"/> is null; the goal it is linked to afterwards (null when the goal could not be linked).
    /// </summary>
    public async Task<GoalChoice?> SetGoalAsync(CoachReflection reflection, long? goalId, TurnInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reflection);
        ArgumentNullException.ThrowIfNull(input);
        if (goalId is not { } id || reflection.IsDiverted)
        {
            await goals.ForgetAsync(input.User, reflection.Id, cancellationToken);
            return null;
        }

        if (await goals.LinkAsync(input.User, reflection, id, cancellationToken))
        {
            Log.Linked(logger, reflection.Id, id);
        }
        else
        {
            Log.NotLinked(logger, reflection.Id, id);
        }

        return await goals.LinkedAsync(input.User, reflection.Id, cancellationToken);
    }

    /// <summary>The card that shows what was saved (or changed), with Edit and Undo, and its goal (linked, or suggested).</summary>
    public RenderedCard SavedCard(CoachReflection reflection, bool updated, DialogContext context, ReflectionGoalLink? goal = null)
    {
        ArgumentNullException.ThrowIfNull(context);
        return ReflectionSavedCard.Create(Item(reflection, context.Input), updated, context.NewCardId(), goal);
    }

    /// <summary>
    /// The form: empty for a new reflection (or diverted time), or filled with a saved one; with the coach's goals to pick
    /// from (the linked one preselected), when they have any.
    /// </summary>
    public async Task<RenderedCard> FormCardAsync(
        DialogContext context, CoachReflection? editing, bool diverted, string? text, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var active = await goals.ActiveAsync(context.Input, cancellationToken);
        var linked = editing is null ? null : await goals.LinkedAsync(context.Input.User, editing.Id, cancellationToken);
        var options = ReflectionGoals.Options(active, linked);
        var model = editing is null
            ? new ReflectionFormModel(null, text, text is null || diverted ? [] : roles.Infer(text), null, null, null, diverted, roles.Options, options)
            : new ReflectionFormModel(
                editing.Id,
                editing.Content.Text,
                editing.Content.Roles,
                editing.Content.WentWell,
                editing.Content.NextStep,
                editing.Content.Minutes,
                editing.IsDiverted,
                roles.Options,
                options,
                linked?.Id);
        return ReflectionFormCard.Create(model, context.NewCardId());
    }

    /// <summary>A saved reflection as the cards show it.</summary>
    public ReflectionCardItem Item(CoachReflection reflection, TurnInput input)
    {
        ArgumentNullException.ThrowIfNull(reflection);
        ArgumentNullException.ThrowIfNull(input);
        var content = reflection.Content;
        return new ReflectionCardItem(
            reflection.Id,
            reflection.IsDiverted,
            content.Text,
            [.. content.Roles.Select(roles.Title)],
            content.RolesGuessed,
            content.WentWell,
            content.NextStep,
            content.Minutes,
            When(reflection.Time, input));
    }

    /// <summary>"Mon, November 30 at 3:00 PM" in the zone it was logged in (with the year when it is not this one).</summary>
    private static string When(ReflectionTime time, TurnInput input)
    {
        var culture = input.Culture;
        var zone = DateTimeText.TryFindTimeZone(time.TimeZoneId, out var logged) ? logged : input.TimeZone;
        var date = time.LocalDate;
        var pattern = date.Year == ZonedTime.LocalDate(input.Now, zone).Year
            ? culture.DateTimeFormat.MonthDayPattern
            : culture.DateTimeFormat.LongDatePattern.Replace("dddd", string.Empty, StringComparison.Ordinal).Trim(' ', ',');
        var day = date.ToString("ddd", culture);
        return string.Create(culture, $"{day}, {date.ToString(pattern, culture)} at {DateTimeText.Time(time.At, zone, culture)}");
    }

    private static partial class Log
    {
        [LoggerMessage(EventId = 7701, Level = LogLevel.Debug, Message = "Reflection {Id} saved ({Kind}, {Roles} roles, {Minutes} min)")]
        public static partial void Saved(ILogger logger, long id, ReflectionKind kind, int roles, int minutes);

        [LoggerMessage(EventId = 7702, Level = LogLevel.Debug, Message = "Reflection {Id} updated ({Kind}, {Roles} roles)")]
        public static partial void Updated(ILogger logger, long id, ReflectionKind kind, int roles);

        [LoggerMessage(EventId = 7703, Level = LogLevel.Information, Message = "Reflection {Id} deleted")]
        public static partial void Deleted(ILogger logger, long id);

        [LoggerMessage(EventId = 7704, Level = LogLevel.Debug, Message = "Reflection {Id} linked to goal {GoalId}")]
        public static partial void Linked(ILogger logger, long id, long goalId);

        [LoggerMessage(EventId = 7705, Level = LogLevel.Debug, Message = "Reflection {Id} not linked to goal {GoalId}: not an active goal of the coach")]
        public static partial void NotLinked(ILogger logger, long id, long goalId);
    }
}

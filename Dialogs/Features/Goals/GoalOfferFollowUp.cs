using System.Globalization;
using System.ComponentModel.DataAnnotations;
using CoachBot.Cards.Views.Goals;
using CoachBot.Dialogs.Engine;
using CoachBot.Dialogs.School;
using Microsoft.Extensions.Options;

namespace CoachBot.Dialogs.Features.Goals;

/// <summary>The goals feature's settings (section <c>Goals</c>).</summary>
public sealed class GoalsOptions
{
    public const string SectionName = "Goals";

    /// <summary>
    /// How many school weeks at the start of a school year count as its "first weeks", when a coach with no goals is
    /// offered "set your goals" once (default 3).
    /// </summary>
    [Range(1, 12)]
    public int OfferWeeks { get; set; } = 3;
}

/// <summary>
/// "Set your goals", offered once a school year: after a coach's message in the personal chat during the year's first
/// school weeks (<see cref="GoalsOptions.OfferWeeks"/>), when they have no goals for the year yet. It costs nothing on
/// other days: the calendar is checked before anything is read.
/// </summary>
public sealed class GoalOfferFollowUp(IGoalStore store, SchoolCalendar calendar, IRoleChecker roles, IOptions<GoalsOptions> options) : ITurnFollowUp
{
    public async Task FollowUpAsync(DialogContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Input.Scope != ConversationScope.Personal)
        {
            return;
        }

        var clock = GoalClock.Of(context.Input);
        var year = calendar.GetSchoolYear(clock.Today);
        if (!year.Contains(clock.Today) || !calendar.IsInFirstSchoolWeeks(clock.Today, options.Value.OfferWeeks))
        {
            return;
        }

        var coach = context.Input.User.Key;
        // The role first: most people who write are teachers, and one roster read settles it for them.
        if (!await roles.HasRoleAsync(context.Input.User, CoachingRoles.CoachName, cancellationToken)
            || await store.WasOfferedAsync(coach, GoalOffer.SetGoals, year, cancellationToken))
        {
            return;
        }

        var goals = await store.ListAsync(coach, cancellationToken);
        if (goals.Any(goal => goal.Year.Start == year.Start && goal.Status is GoalStatus.Active or GoalStatus.Done)
            || !await store.MarkOfferedAsync(coach, GoalOffer.SetGoals, year, cancellationToken))
        {
            return;
        }

        context.Reply(GoalOfferCard.Create(
            string.Create(CultureInfo.InvariantCulture, $"Set your goals for {year.Label}"),
            GoalsTexts.Intro(year.Label),
            GoalBoard.Suggestions(),
            context.NewCardId()));
    }
}

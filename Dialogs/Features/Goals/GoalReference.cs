using System.Globalization;
using System.Text.RegularExpressions;

namespace CoachBot.Dialogs.Features.Goals;

/// <summary>
/// What a goal command's arguments say: a goal number (<c>#12</c>, <c>12</c>, <c>goal 12</c>), an amount (<c>+2</c>,
/// <c>-1</c>; a bare number after a goal number too), a milestone (<c>milestone 3</c>, <c>m3</c>), and any other words
/// (to find a goal by its title).
/// </summary>
public sealed partial record GoalReference(long? GoalId, int? Amount, int? Milestone, string Words, bool AmountTooLarge)
{
    public static GoalReference Parse(string? arguments)
    {
        var text = (arguments ?? "").Trim();
        long? id = null;
        int? amount = null;
        int? milestone = null;
        var tooLarge = false;

        var goal = GoalPattern().Match(text);
        if (goal.Success && long.TryParse(goal.Groups["id"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var parsedId))
        {
            id = parsedId;
            text = text[goal.Length..].Trim();
        }

        var mark = MilestonePattern().Match(text);
        if (mark.Success)
        {
            milestone = int.TryParse(mark.Groups["n"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var m) ? m : int.MaxValue;
            text = text.Remove(mark.Index, mark.Length).Trim();
        }

        var step = (id is null ? SignedAmountPattern() : AmountPattern()).Match(text);
        if (step.Success)
        {
            var raw = step.Groups["n"].Value.Replace(" ", "", StringComparison.Ordinal).Replace('−', '-');
            if (int.TryParse(raw, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n) && Math.Abs(n) <= GoalRules.MaxStep)
            {
                amount = n;
            }
            else
            {
                tooLarge = true;
            }

            text = text.Remove(step.Index, step.Length).Trim();
        }

        return new GoalReference(id, amount, milestone, string.Join(' ', text.Split(' ', StringSplitOptions.RemoveEmptyEntries)), tooLarge);
    }

    // "#12", "12", "goal 12", "goal #12" at the start.
    [GeneratedRegex(@"^(?:goal\s*)?#?\s*(?<id>\d{1,15})(?=\s|$)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex GoalPattern();

    [GeneratedRegex(@"(?:^|\s)(?:milestone\s*#?|m)(?<n>\d{1,9})(?=\s|$)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MilestonePattern();

    // Without a goal number only a signed amount is an amount (a bare number is the goal's).
    [GeneratedRegex(@"(?:^|\s)(?<n>[+\-−]\s?\d{1,12})(?=\s|$)", RegexOptions.CultureInvariant)]
    private static partial Regex SignedAmountPattern();

    [GeneratedRegex(@"(?:^|\s)(?<n>[+\-−]?\s?\d{1,12})(?=\s|$)", RegexOptions.CultureInvariant)]
    private static partial Regex AmountPattern();
}

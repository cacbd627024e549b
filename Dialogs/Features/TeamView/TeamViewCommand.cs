using CoachBot.Cards.Views.TeamView;
using CoachBot.Dialogs.Engine;
using Microsoft.Extensions.Logging;

namespace CoachBot.Dialogs.Features.TeamView;

/// <summary>
/// <c>team view [school]</c> (lead coaches and admins; a private output, so asked in a group chat or channel it answers in
/// the personal chat): the coaching team's figures for all schools, or one school's. Anyone else gets no figures, only
/// what the team view is and where their own figures are.
/// </summary>
public sealed class TeamViewCommand(TeamViewAccess access, TeamViewReport report, ILogger<TeamViewCommand> logger) : IChatCommand
{
    public const string Name = "team view";

    public async Task RunAsync(DialogContext context, string arguments, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (await access.RefusalAsync(context.Input.User.AadObjectId, cancellationToken) is { } refusal)
        {
            context.Reply(refusal);
            return;
        }

        var figures = await report.ComputeAsync(cancellationToken);
        var school = TeamFigures.All;
        if (!string.IsNullOrWhiteSpace(arguments) && !IsAll(arguments))
        {
            if (TeamViewReport.FindSchool(figures, arguments) is not { } found)
            {
                context.Reply(TeamViewTexts.UnknownSchool(figures.Schools));
                return;
            }

            school = found;
        }

        context.Reply(TeamViewCard.Create(report.CardModel(figures, school), context.NewCardId()));
        TeamViewLog.Shown(logger, figures.Schools.Count, figures.TooFewCount, figures.HeldBackCount);
    }

    private static bool IsAll(string arguments) =>
        arguments.Trim().TrimEnd('.', '!').ToUpperInvariant() is "ALL" or "ALL SCHOOLS";
}

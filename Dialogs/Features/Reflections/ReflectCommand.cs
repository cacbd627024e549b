using CoachBot.Dialogs.Engine;

namespace CoachBot.Dialogs.Features.Reflections;

/// <summary>
/// <c>reflect: modeled Padlet with Ms. Lee, went well 20 min</c> saves a reflection at once with the roles CoachBot
/// infers and answers with what was saved (Edit, Undo, and "Link to goal #12: …" when its words match one of the coach's
/// active goals); <c>reflect</c> alone opens the form. With
/// <see cref="ReflectionKind.Diverted"/> it is <c>diverted: bus duty 20 min</c> (without minutes: the form, to add
/// them). Coaches only, in the personal chat only: in a group chat or channel nothing is saved or echoed.
/// </summary>
public sealed class ReflectCommand(ReflectionAccess access, ReflectionJournal journal, ReflectionRules rules, ReflectionKind kind) : IChatCommand
{
    public async Task RunAsync(DialogContext context, string arguments, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (await access.CoachIdAsync(context.Input.User, cancellationToken) is not { } coachId)
        {
            context.Reply(ReflectionTexts.ForTeachers);
            return;
        }

        if (context.Input.IsShared)
        {
            context.Reply(ReflectionTexts.PrivateHere);
            return;
        }

        if (arguments.Length == 0)
        {
            context.Reply(await journal.FormCardAsync(context, null, diverted: kind == ReflectionKind.Diverted, text: null, cancellationToken));
            return;
        }

        var check = rules.CheckOneLiner(arguments, kind);
        if (check.Content is not { } content)
        {
            context.Reply(check.ProblemText!);
            return;
        }

        if (content.Kind == ReflectionKind.Diverted && content.Minutes is null)
        {
            context.Reply("How long did it take? Add the minutes below and press Save.");
            context.Reply(await journal.FormCardAsync(context, null, diverted: true, text: content.Text, cancellationToken));
            return;
        }

        var saved = await journal.AddAsync(coachId, content, context.Input, cancellationToken);
        var suggestion = content.Kind == ReflectionKind.Coaching
            ? ReflectionGoalMatch.Best(content.Text, await journal.Goals.ActiveAsync(context.Input, cancellationToken))
            : null;
        context.Reply(journal.SavedCard(saved, updated: false, context, ReflectionGoals.Line(suggestion, suggestion: true)));
    }
}

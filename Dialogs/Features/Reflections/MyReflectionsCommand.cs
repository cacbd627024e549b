using CoachBot.Dialogs.Engine;

namespace CoachBot.Dialogs.Features.Reflections;

/// <summary>
/// <c>my reflections</c> (optionally <c>this week</c>, <c>last week</c>, a role or a word): the coach's reflections,
/// newest first, ten a card with Next, each with Edit and Delete. A private output: asked in a group chat or channel,
/// the card goes to the personal chat.
/// </summary>
public sealed class MyReflectionsCommand(ReflectionAccess access, ReflectionLists lists) : IChatCommand
{
    public async Task RunAsync(DialogContext context, string arguments, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (await access.CoachIdAsync(context.Input.User, cancellationToken) is not { } coachId)
        {
            context.Reply(ReflectionTexts.ForTeachers);
            return;
        }

        context.Reply(await lists.PageAsync(context, coachId, arguments, null, null, null, cancellationToken));
    }
}

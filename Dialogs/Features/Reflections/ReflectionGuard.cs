using CoachBot.Dialogs.Engine;

namespace CoachBot.Dialogs.Features.Reflections;

/// <summary>The checks every reflection command and button makes before it touches a reflection.</summary>
internal static class ReflectionGuard
{
    /// <summary>
    /// The presser's coach id for a reflection button, or null when the press was answered instead: in a group chat or
    /// channel (reflections never show there), or by someone who may not keep reflections.
    /// </summary>
    public static async Task<string?> CoachForButtonAsync(DialogContext context, ReflectionAccess access, CancellationToken cancellationToken)
    {
        if (context.Input.IsShared)
        {
            DialogEngine.Answer(context, ReflectionTexts.PrivateHere);
            return null;
        }

        if (await access.CoachIdAsync(context.Input.User, cancellationToken) is not { } coachId)
        {
            DialogEngine.Answer(context, ReflectionTexts.ForTeachers);
            return null;
        }

        return coachId;
    }

    /// <summary>Shows a card: in place of the pressed one for Action.Execute, as a new message for Action.Submit.</summary>
    public static void Show(DialogContext context, Cards.RenderedCard card)
    {
        if (context.Input.Action is { IsInvoke: true })
        {
            context.SetInvokeReply(new InvokeReply.ReplaceCard(card));
        }
        else
        {
            context.Reply(card);
        }
    }
}

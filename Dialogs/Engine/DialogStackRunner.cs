using System.Text.Json;

namespace CoachBot.Dialogs.Engine;

/// <summary>Runs the persisted dialog stack: begin, continue, resume the parent when a child ends.</summary>
internal static class DialogStackRunner
{
    /// <summary>
    /// Pushes a dialog and runs its first step. A dialog that finishes at once is popped and its status goes
    /// back to the caller (its parent step or a command), which carries on itself.
    /// </summary>
    public static async Task<DialogStatus> BeginAsync(DialogContext context, DialogRouter router, string dialogId, JsonElement? options, CancellationToken cancellationToken)
    {
        var dialog = router.FindDialog(dialogId) ?? throw new InvalidOperationException($"No dialog is registered with id '{dialogId}'.");
        var frame = new DialogFrame { DialogId = dialogId };
        context.State.Stack.Add(frame);
        var status = await dialog.BeginFrameAsync(context, frame, options, cancellationToken);
        if (status.Kind == DialogStatusKind.Cancelled)
        {
            context.State.Stack.Clear();
        }
        else if (status.Kind == DialogStatusKind.Complete)
        {
            context.State.Stack.Remove(frame);
        }

        return status;
    }

    /// <summary>Hands the turn to the dialog on top of the stack.</summary>
    public static async Task<DialogStatus> ContinueAsync(DialogContext context, DialogRouter router, CancellationToken cancellationToken)
    {
        var frame = context.State.Stack[^1];
        var dialog = router.FindDialog(frame.DialogId);
        if (dialog is null)
        {
            // A dialog removed in a newer release: drop the stale frames rather than fail every turn.
            context.State.Stack.Clear();
            return DialogStatus.Cancelled;
        }

        var status = await dialog.ContinueFrameAsync(context, frame, cancellationToken);
        return await UnwindAsync(context, router, frame, status, cancellationToken);
    }

    public static async Task RepromptAsync(DialogContext context, DialogRouter router, CancellationToken cancellationToken)
    {
        if (context.State.Stack.Count == 0)
        {
            return;
        }

        var frame = context.State.Stack[^1];
        if (router.FindDialog(frame.DialogId) is { } dialog)
        {
            await dialog.RepromptFrameAsync(context, frame, cancellationToken);
        }
    }

    /// <summary>Pops finished frames and resumes their parents until one waits or the stack is empty.</summary>
    private static async Task<DialogStatus> UnwindAsync(DialogContext context, DialogRouter router, DialogFrame frame, DialogStatus status, CancellationToken cancellationToken)
    {
        while (true)
        {
            if (status.Kind == DialogStatusKind.Waiting)
            {
                return status;
            }

            if (status.Kind == DialogStatusKind.Cancelled || !context.State.Stack.Contains(frame))
            {
                // Cancelled, or the dialog cleared/replaced the stack itself.
                if (status.Kind == DialogStatusKind.Cancelled)
                {
                    context.State.Stack.Clear();
                }

                return status;
            }

            context.State.Stack.Remove(frame);
            if (context.State.Stack.Count == 0)
            {
                return status;
            }

            frame = context.State.Stack[^1];
            var parent = router.FindDialog(frame.DialogId);
            if (parent is null)
            {
                context.State.Stack.Clear();
                return DialogStatus.Cancelled;
            }

            status = await parent.ResumeFrameAsync(context, frame, status.Result, cancellationToken);
        }
    }
}

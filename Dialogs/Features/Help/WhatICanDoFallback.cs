using CoachBot.Dialogs.Engine;

namespace CoachBot.Dialogs.Features.Help;

/// <summary>Answers a message that is no command with a short "here is what I can do".</summary>
public sealed class WhatICanDoFallback : IFallbackHandler
{
    internal const string Text =
        "I'm CoachBot. I can answer questions about the roles of a technology integration coach — try " +
        "**what does a data coach do?** — and help teachers and coaches work together. Type **help** to see everything I can do.";

    public Task HandleAsync(DialogContext context, string text, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Reply(Text);
        return Task.CompletedTask;
    }
}

using CoachBot.Cards.Views.Reflections;
using CoachBot.Dialogs.Engine;

namespace CoachBot.Dialogs.Features.Reflections;

/// <summary>
/// <c>delete my reflections</c>: asks first, with the count ("Delete all 23 reflections?"); the answer is
/// <see cref="ReflectionDeleteAllVerb"/>. A private output, like every reflection list.
/// </summary>
public sealed class DeleteReflectionsCommand(ReflectionOwners owners) : IChatCommand
{
    public async Task RunAsync(DialogContext context, string arguments, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (await owners.OwnerIdAsync(context.Input.User, cancellationToken) is not { } coachId)
        {
            context.Reply(ReflectionTexts.ForTeachers);
            return;
        }

        var count = await owners.CountAsync(coachId, cancellationToken);
        if (count == 0)
        {
            context.Reply(ReflectionDataTexts.NothingToDelete);
            return;
        }

        context.Reply(ReflectionDeleteAllCard.Create(count, context.NewCardId()));
    }
}

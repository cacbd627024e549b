using System.Text;
using CoachBot.Dialogs.Engine;
using CoachBot.Dialogs.Messaging;
using CoachBot.Dialogs.School;

namespace CoachBot.Dialogs.Features.Roster;

/// <summary>
/// <c>add coach @Name</c>, <c>remove lead coach @Name</c> …: admins manage the roster by @mentioning people
/// (the mention carries their Teams and Entra ids), never by typing ids. A grant also records where the person can be
/// reached (<see cref="IPeopleDirectory"/>), so a new coach gets requests before they ever write to CoachBot.
/// </summary>
public sealed class RosterChangeCommand(RosterManager roster, IPeopleDirectory people, CoachingRole role, bool grant) : IChatCommand
{
    /// <summary>The command as typed: "add coach", "remove lead coach", …</summary>
    public string Name => NameFor(role, grant);

    public static string NameFor(CoachingRole role, bool grant) => $"{(grant ? "add" : "remove")} {role.DisplayName()}";

    public async Task RunAsync(DialogContext context, string arguments, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Input.Mentions.Count == 0)
        {
            context.Reply($"Mention the people with @, for example **{Name} @Jane Doe**.");
            return;
        }

        var replies = new StringBuilder();
        foreach (var mention in context.Input.Mentions)
        {
            string message;
            if (string.IsNullOrEmpty(mention.AadObjectId))
            {
                message = RosterTexts.UnknownPerson;
            }
            else
            {
                var member = RosterMember.FromMention(mention);
                var result = grant
                    ? await roster.GrantAsync(context.Input.User.AadObjectId, member, role, cancellationToken)
                    : await roster.RevokeAsync(context.Input.User.AadObjectId, member, role, cancellationToken);
                message = result.Message;
                if (grant && result.Status is RosterChangeStatus.Granted or RosterChangeStatus.NoChange)
                {
                    await people.RememberMentionedAsync(context.Input.ConversationId, mention, cancellationToken);
                }
            }

            replies.AppendLine(message);
        }

        context.Reply(replies.ToString().TrimEnd());
    }
}

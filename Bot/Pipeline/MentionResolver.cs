using CoachBot.Bot.Protocol.Activities;
using CoachBot.Bot.Protocol.Connector;
using CoachBot.Dialogs.Engine;
using Microsoft.Extensions.Logging;

namespace CoachBot.Bot.Pipeline;

/// <summary>
/// Teams mention entities carry a person's <c>29:</c> id and name, and not always their Entra object id. The
/// roster is keyed by the Entra id, so a mention without one is looked up once through the Connector's
/// get-member call (only messages that mention people pay for this).
/// </summary>
public sealed partial class MentionResolver(IConnectorClient connector, ILogger<MentionResolver> logger)
{
    public async Task<IReadOnlyList<MentionedUser>> ResolveAsync(Activity activity, IReadOnlyList<MentionedUser> mentions, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        ArgumentNullException.ThrowIfNull(mentions);
        if (mentions.All(m => m.AadObjectId is not null))
        {
            return mentions;
        }

        var resolved = new List<MentionedUser>(mentions.Count);
        foreach (var mention in mentions)
        {
            if (mention.AadObjectId is not null)
            {
                resolved.Add(mention);
                continue;
            }

            var response = await connector.GetMemberAsync(activity.ServiceUrl!, activity.Conversation!.Id!, mention.Id, cancellationToken);
            var member = response.IsSuccess ? response.ReadMember() : null;
            if (member?.AadObjectId is not { Length: > 0 })
            {
                Log.NotFound(logger, response.Status);
            }

            resolved.Add(mention with { AadObjectId = member?.AadObjectId is { Length: > 0 } id ? id : null, Name = mention.Name ?? member?.Name });
        }

        return resolved;
    }

    private static partial class Log
    {
        [LoggerMessage(EventId = 3007, Level = LogLevel.Information, Message = "A mentioned person's Entra id could not be looked up ({Status})")]
        public static partial void NotFound(ILogger logger, ConnectorStatus status);
    }
}

using System.Text;
using System.Text.RegularExpressions;
using CoachBot.Bot.Protocol.Activities;

namespace CoachBot.Bot.Pipeline;

/// <summary>
/// Removes the @mention of the bot from a message's text, in every scope. The entity, not the text, says
/// who was mentioned: only entities whose <c>mentioned.id</c> is the bot's id are removed, whatever display
/// name Teams used. Also tidies what Teams leaves around it (non-breaking spaces, trailing newlines).
/// </summary>
public static partial class MentionStripper
{
    public static string StripBotMentions(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var text = activity.Text ?? "";
        var botId = activity.Recipient?.Id;
        if (text.Length > 0 && activity.Entities is { Count: > 0 } entities && !string.IsNullOrEmpty(botId))
        {
            foreach (var entity in entities)
            {
                if (!string.Equals(entity.Type, "mention", StringComparison.OrdinalIgnoreCase)
                    || !string.Equals(entity.Mentioned?.Id, botId, StringComparison.OrdinalIgnoreCase))
                {
                    continue;
                }

                if (!string.IsNullOrEmpty(entity.Text) && text.Contains(entity.Text, StringComparison.Ordinal))
                {
                    text = text.Replace(entity.Text, " ", StringComparison.Ordinal);
                }
                else if (!string.IsNullOrEmpty(entity.Mentioned?.Name))
                {
                    text = text.Replace($"<at>{entity.Mentioned.Name}</at>", " ", StringComparison.OrdinalIgnoreCase);
                }
            }
        }

        return Tidy(text);
    }

    /// <summary>Collapses whitespace (including &amp;nbsp; and newlines) and trims.</summary>
    public static string Tidy(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var replaced = new StringBuilder(text).Replace("&nbsp;", " ").Replace('\u00A0', ' ').ToString();
        return Whitespace().Replace(replaced, " ").Trim();
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}

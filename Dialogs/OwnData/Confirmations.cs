using CoachBot.Dialogs.Engine;

namespace CoachBot.Dialogs.OwnData;

/// <summary>Where a press of a "delete all" confirmation stands.</summary>
public enum ConfirmationStatus
{
    /// <summary>A confirmation CoachBot sent this person, not answered yet, and recent.</summary>
    Genuine,

    /// <summary>No such confirmation was sent to this person (forged, forwarded, or another kind of card).</summary>
    NotSent,

    /// <summary>It was answered already (Delete or Keep).</summary>
    Used,

    /// <summary>It was sent more than <see cref="Confirmations.MaxAge"/> ago.</summary>
    Expired,
}

/// <summary>
/// The checks a "delete all" confirmation press passes before anything is deleted: the card is one CoachBot sent to
/// this very person (its instance is on record with their key and the card's kind), it was not answered before, and it
/// is at most <see cref="MaxAge"/> old (card ids are version-7 GUIDs made from the turn's time, so the id carries when
/// the card was made). The feature also checks that what would be deleted is what the card named.
/// </summary>
public static class Confirmations
{
    /// <summary>How long a confirmation can be answered.</summary>
    public static readonly TimeSpan MaxAge = TimeSpan.FromMinutes(10);

    public static async Task<ConfirmationStatus> CheckAsync(DialogContext context, string cardId, string kind, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentException.ThrowIfNullOrWhiteSpace(cardId);
        var card = await context.Cards.FindAsync(cardId, cancellationToken);
        if (card is null || card.Kind != kind || card.UserKey != context.Input.User.Key)
        {
            return ConfirmationStatus.NotSent;
        }

        if (card.Completed)
        {
            return ConfirmationStatus.Used;
        }

        return MadeAt(cardId) is { } made && context.Input.Now - made <= MaxAge && made - context.Input.Now <= TimeSpan.FromMinutes(1)
            ? ConfirmationStatus.Genuine
            : ConfirmationStatus.Expired;
    }

    /// <summary>Marks the confirmation answered; false when it already was.</summary>
    public static Task<bool> CompleteAsync(DialogContext context, string cardId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.Cards.TryCompleteAsync(cardId, context.Input.User.Key, cancellationToken);
    }

    /// <summary>When a card with this instance id was made (from its version-7 GUID), or null for any other id.</summary>
    public static DateTimeOffset? MadeAt(string cardId)
    {
        if (!Guid.TryParseExact(cardId, "N", out var guid) || guid.Version != 7)
        {
            return null;
        }

        var milliseconds = Convert.ToInt64(cardId[..12], 16);
        return DateTimeOffset.FromUnixTimeMilliseconds(milliseconds);
    }
}

namespace CoachBot.Cards.Actions;

/// <summary>
/// The outcome of <see cref="CardActionPayload.Read{T}"/>: the payload and the card instance id when
/// <see cref="Status"/> is <see cref="CardActionReadStatus.Read"/>, otherwise a reason.
/// </summary>
public sealed record CardActionReadResult<T>(CardActionReadStatus Status, T? Payload, string? CardId, int? Version, string? Error)
    where T : class
{
    /// <summary>True when the payload was read.</summary>
    public bool Succeeded => Status == CardActionReadStatus.Read && Payload is not null;
}

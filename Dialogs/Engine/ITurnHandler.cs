namespace CoachBot.Dialogs.Engine;

/// <summary>The dialogs' single entry point: the host hands over a turn and sends what comes back.</summary>
public interface ITurnHandler
{
    Task<TurnOutcome> HandleAsync(TurnInput input, CancellationToken cancellationToken);

    /// <summary>Forgets the dialog in progress for this user in this conversation (after a failed turn).</summary>
    Task ResetAsync(TurnInput input, CancellationToken cancellationToken);
}

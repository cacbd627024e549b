namespace CoachBot.Dialogs.Scheduling;

/// <summary>How a job run ended.</summary>
public enum JobOutcomeKind
{
    /// <summary>Finished; the job will not run again.</summary>
    Done,

    /// <summary>Run again at a time the handler chose.</summary>
    RetryAt,

    /// <summary>Run again after the runner's back-off; counts toward the attempt limit.</summary>
    RetryLater,

    /// <summary>Give up; the job is marked failed with the reason.</summary>
    Failed,
}

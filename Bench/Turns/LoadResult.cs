namespace CoachBot.Bench.Turns;

/// <summary>One measured window at one concurrency level against one server (<see cref="Sent"/>: all requests, warm-up included).</summary>
internal sealed record LoadResult(
    int Concurrency,
    long Turns,
    long Errors,
    string? FirstError,
    double Seconds,
    double P50Ms,
    double P99Ms,
    double MaxMs,
    Snapshot Begin,
    Snapshot End,
    long Sent)
{
    /// <summary>Successful turns per second in the measured window.</summary>
    public double Rate => Seconds > 0 ? Turns / Seconds : 0;

    public double TargetCpuMsPerTurn => PerTurn((End.TargetCpu - Begin.TargetCpu).TotalMilliseconds);

    public double HarnessCpuMsPerTurn => PerTurn((End.HarnessCpu - Begin.HarnessCpu).TotalMilliseconds);

    /// <summary>Average cores the server under test kept busy.</summary>
    public double TargetCores => Seconds > 0 ? (End.TargetCpu - Begin.TargetCpu).TotalSeconds / Seconds : 0;

    public double RepliesPerTurn => PerTurn(End.ConnectorActivities - Begin.ConnectorActivities);

    public double LogLinesPerTurn => PerTurn(End.TargetOutputLines - Begin.TargetOutputLines);

    private double PerTurn(double value) => Turns > 0 ? value / Turns : 0;
}

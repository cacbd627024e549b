namespace CoachBot.Bench.Turns;

/// <summary>Counters read at the start and at the end of a measured window.</summary>
/// <param name="TargetCpu">CPU time used by the server under test so far.</param>
/// <param name="HarnessCpu">CPU time used by this process (load generator and fake connector) so far.</param>
/// <param name="ConnectorActivities">Activities the fake connector has received so far.</param>
/// <param name="TargetOutputLines">Lines (logs) the server under test has written so far.</param>
internal sealed record Snapshot(TimeSpan TargetCpu, TimeSpan HarnessCpu, long ConnectorActivities, long TargetOutputLines);

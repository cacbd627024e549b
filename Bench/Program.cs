namespace CoachBot.Bench;

/// <summary>
/// Benchmarks and evaluation commands, run on demand: <c>dotnet run -c Release --project Bench -- &lt;command&gt; [args]</c>.
/// Adding a command is one line here and one class implementing <see cref="IBenchCommand"/>.
/// </summary>
internal static class Program
{
    private static readonly IBenchCommand[] Commands =
    [
        new RolesQa.QaCommand(),
        new RolesQa.RoutingCommand(),
        new RolesQa.ValidateKnowledgeCommand(),
        new RolesQa.ExplainCommand(),
        new Commands.AppPackageCommand(),
        new Turns.TurnsCommand(),
        new TeamView.TeamViewCommand(),
        new Nudges.NudgesCommand(),
    ];

    public static int Main(string[] args) => CommandDispatcher.Run(Commands, args, Console.Out, Console.Error);
}

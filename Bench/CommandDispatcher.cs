namespace CoachBot.Bench;

/// <summary>Picks the command named by the first argument and runs it with the rest.</summary>
internal static class CommandDispatcher
{
    public const int UsageError = 2;

    public static int Run(IReadOnlyList<IBenchCommand> commands, string[] args, TextWriter output, TextWriter error)
    {
        var command = args.Length == 0
            ? null
            : commands.FirstOrDefault(c => string.Equals(c.Name, args[0], StringComparison.OrdinalIgnoreCase));
        if (command is null)
        {
            if (args.Length > 0 && args[0] is not ("help" or "--help" or "-h"))
            {
                error.WriteLine($"unknown command '{args[0]}'");
            }

            error.WriteLine("usage: dotnet run -c Release --project Bench -- <command> [args]");
            foreach (var c in commands)
            {
                error.WriteLine($"  {c.Name} {c.Usage}");
            }

            return args.Length == 0 || args[0] is "help" or "--help" or "-h" ? 0 : UsageError;
        }

        return command.Run(args[1..], output, error);
    }
}

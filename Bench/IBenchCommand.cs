namespace CoachBot.Bench;

/// <summary>One Bench command: a name, a usage line, and what it does with its arguments.</summary>
internal interface IBenchCommand
{
    /// <summary>The word that selects the command, e.g. <c>qa</c>.</summary>
    string Name { get; }

    /// <summary>Arguments and a one-line description, shown by the usage text.</summary>
    string Usage { get; }

    /// <summary>Runs the command; returns the process exit code.</summary>
    int Run(IReadOnlyList<string> args, TextWriter output, TextWriter error);
}

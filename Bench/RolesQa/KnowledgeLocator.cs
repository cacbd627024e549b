using CoachBot.Dialogs.RolesQa;

namespace CoachBot.Bench.RolesQa;

/// <summary>
/// Finds the knowledge folder for the evaluation commands: <c>--knowledge DIR</c> when given, else the
/// Knowledge folder copied next to the binaries from the Bot project, else <c>Bot/Knowledge</c> found by
/// walking up from the current directory.
/// </summary>
internal static class KnowledgeLocator
{
    public const string Option = "--knowledge";

    /// <summary>Removes <c>--knowledge DIR</c> from <paramref name="args"/> and returns the folder to use (or null with a message).</summary>
    public static string? Locate(List<string> args, TextWriter error)
    {
        var at = args.FindIndex(a => a == Option);
        if (at >= 0)
        {
            if (at + 1 >= args.Count)
            {
                error.WriteLine($"{Option} needs a folder");
                return null;
            }

            var given = args[at + 1];
            args.RemoveRange(at, 2);
            return Path.GetFullPath(given);
        }

        var beside = Path.Combine(AppContext.BaseDirectory, new KnowledgeOptions().Path);
        if (Directory.Exists(beside))
        {
            return beside;
        }

        for (var directory = new DirectoryInfo(Directory.GetCurrentDirectory()); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "Bot", "Knowledge");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        error.WriteLine($"no knowledge folder found; pass {Option} DIR");
        return null;
    }

    /// <summary>Loads the knowledge, or writes its problems and returns null.</summary>
    public static QuestionAnswerer? LoadAnswerer(string directory, TextWriter error)
    {
        try
        {
            return new QuestionAnswerer(KnowledgeBase.Load(directory));
        }
        catch (KnowledgeValidationException exception)
        {
            error.WriteLine(exception.Message);
            return null;
        }
    }
}

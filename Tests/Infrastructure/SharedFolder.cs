namespace CoachBot.Tests.Infrastructure;

/// <summary>
/// Finds <c>../shared</c> (the fixtures, schemas and question sets from public Microsoft repositories and
/// the project's brief) beside the repository root. Those files are never copied into the project: tests
/// that need them call <see cref="RequirePath"/>, which reports the test as skipped where the folder is absent.
/// </summary>
public static class SharedFolder
{
    private static readonly Lazy<string?> Root = new(FindRoot);

    /// <summary>The repository root (the folder holding CoachBot.sln).</summary>
    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    /// <summary>The shared folder, or null when this checkout has none beside it.</summary>
    public static string? Path => Root.Value;

    /// <summary>The full path of a file or folder under shared/, or a skip when it is absent.</summary>
    public static string RequirePath(string relative)
    {
        var root = Root.Value;
        if (root is null)
        {
            Assert.Skip("../shared is not present beside this checkout; this test reads public fixtures from it.");
        }

        var full = System.IO.Path.Combine(root, relative);
        if (!File.Exists(full) && !Directory.Exists(full))
        {
            Assert.Skip($"../shared/{relative} is not present.");
        }

        return full;
    }

    private static string? FindRoot()
    {
        var candidate = System.IO.Path.GetFullPath(System.IO.Path.Combine(RepositoryRoot, "..", "shared"));
        return Directory.Exists(candidate) ? candidate : null;
    }

    private static string FindRepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(System.IO.Path.Combine(directory.FullName, "CoachBot.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("CoachBot.sln not found above the test binaries.");
    }
}

namespace CoachBot.Bot.AppPackage;

/// <summary>
/// The <c>app-package</c> command: parses its arguments, builds the Teams app zip with
/// <see cref="AppPackageBuilder"/>, and says what it did or what is wrong. Exit codes: 0 done, 1 invalid input or
/// write failure, 2 usage error.
/// </summary>
public static class AppPackageCli
{
    public const string Usage = """
        usage: app-package --app-id <guid> --bot-id <guid> --privacy-url <https url> --terms-url <https url>
                           [--version 1.0.0] [--out <file.zip>] [--website-url <https url>]
                           [--developer-name <name>] [--template <folder>]
               app-package --write-icons [--template <folder>]

          --app-id          the Teams app id: a GUID you make once (e.g. with uuidgen) and keep for every version
          --bot-id          the Azure Bot's Microsoft App ID (Entra application/client id)
          --privacy-url     https page with the privacy statement
          --terms-url       https page with the terms of use
          --version         app version x.y.z; raise it whenever the manifest changes (default 1.0.0)
          --out             where to write the zip (default appPackage/build/coachbot-<version>.zip)
          --website-url     developer website (default: the privacy URL's site)
          --developer-name  publisher name shown in Teams, at most 32 characters (default CoachBot)
          --template        folder with manifest.json, color.png, outline.png (default: the repository's appPackage)
          --write-icons     redraw color.png and outline.png in the template folder
        """;

    private static readonly string[] RequiredOptions = ["--app-id", "--bot-id", "--privacy-url", "--terms-url"];

    private static readonly HashSet<string> ValueOptions = new(StringComparer.Ordinal)
    {
        "--app-id", "--bot-id", "--privacy-url", "--terms-url", "--version", "--out", "--website-url", "--developer-name", "--template",
    };

    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        if (args.Contains("--help") || args.Contains("-h"))
        {
            output.WriteLine(Usage);
            return 0;
        }

        var (values, flags, problems) = Parse(args);
        if (problems.Count > 0)
        {
            problems.ForEach(error.WriteLine);
            error.WriteLine(Usage);
            return 2;
        }

        var template = values.GetValueOrDefault("--template") ?? FindTemplateFolder();
        if (template is null || !Directory.Exists(template))
        {
            error.WriteLine("Cannot find the appPackage folder (with manifest.json). Run from the CoachBot repository or pass --template <folder>.");
            return 1;
        }

        if (flags.Contains("--write-icons"))
        {
            AppPackageBuilder.WriteIcons(template);
            output.WriteLine($"Wrote {AppIcons.ColorFileName} ({AppIcons.ColorSize}×{AppIcons.ColorSize}) and {AppIcons.OutlineFileName} ({AppIcons.OutlineSize}×{AppIcons.OutlineSize}) to {template}.");
            return 0;
        }

        var missing = RequiredOptions.Where(o => !values.ContainsKey(o)).ToList();
        if (missing.Count > 0)
        {
            error.WriteLine($"Missing {string.Join(", ", missing)}.");
            error.WriteLine(Usage);
            return 2;
        }

        var version = values.GetValueOrDefault("--version") ?? "1.0.0";
        var request = new AppPackageRequest(
            values["--app-id"],
            values["--bot-id"],
            values["--privacy-url"],
            values["--terms-url"],
            values.GetValueOrDefault("--website-url"),
            version,
            values.GetValueOrDefault("--developer-name") ?? "CoachBot",
            template,
            values.GetValueOrDefault("--out") ?? Path.Combine(template, "build", $"coachbot-{version}.zip"));

        var errors = AppPackageBuilder.Build(request);
        if (errors.Count > 0)
        {
            error.WriteLine("The app package was not written:");
            foreach (var problem in errors)
            {
                error.WriteLine($"  - {problem}");
            }

            return 1;
        }

        output.WriteLine($"Wrote {Path.GetFullPath(request.OutputPath)} (manifest.json, {AppIcons.ColorFileName}, {AppIcons.OutlineFileName} at its root).");
        output.WriteLine("Upload it in Teams (Apps > Manage your apps > Upload an app > Upload a custom app) or to your org's app catalog; see docs/teams-setup.md.");
        return 0;
    }

    private static (Dictionary<string, string> Values, HashSet<string> Flags, List<string> Problems) Parse(string[] args)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        var flags = new HashSet<string>(StringComparer.Ordinal);
        var problems = new List<string>();
        for (var i = 0; i < args.Length; i++)
        {
            var arg = args[i];
            var equals = arg.IndexOf('=', StringComparison.Ordinal);
            var name = arg.StartsWith("--", StringComparison.Ordinal) && equals > 0 ? arg[..equals] : arg;
            if (name == "--write-icons")
            {
                flags.Add(name);
            }
            else if (ValueOptions.Contains(name))
            {
                string? value = equals > 0 && name.Length < arg.Length ? arg[(equals + 1)..] : i + 1 < args.Length ? args[++i] : null;
                if (string.IsNullOrEmpty(value) || (equals < 0 && value.StartsWith("--", StringComparison.Ordinal)))
                {
                    problems.Add($"{name} needs a value.");
                }
                else if (!values.TryAdd(name, value))
                {
                    problems.Add($"{name} is given twice.");
                }
            }
            else
            {
                problems.Add($"Unknown argument '{arg}'.");
            }
        }

        return (values, flags, problems);
    }

    /// <summary>The nearest <c>appPackage</c> folder with a manifest above the working folder or the program.</summary>
    private static string? FindTemplateFolder()
    {
        foreach (var start in new[] { Environment.CurrentDirectory, AppContext.BaseDirectory })
        {
            for (var folder = new DirectoryInfo(start); folder is not null; folder = folder.Parent)
            {
                var candidate = Path.Combine(folder.FullName, "appPackage");
                if (File.Exists(Path.Combine(candidate, AppPackageBuilder.ManifestFileName)))
                {
                    return candidate;
                }
            }
        }

        return null;
    }
}

using CoachBot.Bot.AppPackage;

namespace CoachBot.Bench.Commands;

/// <summary>
/// <c>app-package</c>: writes the Teams app package zip (manifest.json, color.png, outline.png at its root).
/// <c>dotnet run --project Bench -- app-package --app-id &lt;guid&gt; --bot-id &lt;guid&gt; --privacy-url https://… --terms-url https://… [--version 1.0.0] [--out path]</c>
/// </summary>
internal static class AppPackageCommand
{
    public static int Run(string[] args) => AppPackageCli.Run(args, Console.Out, Console.Error);
}

using CoachBot.Bot.AppPackage;

namespace CoachBot.Bench.Commands;

/// <summary>
/// <c>app-package</c>: writes the Teams app package zip (manifest.json, color.png, outline.png at its root).
/// <c>dotnet run --project Bench -- app-package --app-id &lt;guid&gt; --bot-id &lt;guid&gt; --privacy-url https://… --terms-url https://… [--version 1.0.0] [--out path]</c>
/// </summary>
internal sealed class AppPackageCommand : IBenchCommand
{
    public string Name => "app-package";

    public string Usage => "--app-id GUID --bot-id GUID --privacy-url URL --terms-url URL [--version 1.0.0] [--out FILE]  write the Teams app package zip";

    public int Run(IReadOnlyList<string> args, TextWriter output, TextWriter error) => AppPackageCli.Run([.. args], output, error);
}

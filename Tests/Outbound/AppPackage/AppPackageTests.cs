using System.IO.Compression;
using System.Text.Json;
using System.Text.Json.Nodes;
using CoachBot.Bot.AppPackage;
using CoachBot.Dialogs.Engine;
using CoachBot.Tests.Infrastructure.Host;
using Microsoft.Extensions.DependencyInjection;
using CoachBot.Tests.Infrastructure;
using NJsonSchema;

namespace CoachBot.Tests.Outbound.AppPackage;

/// <summary>The Teams app package (protocol.md §8): manifest v1.29, icons, and the zip the command writes.</summary>
public sealed class AppPackageTests : IDisposable
{
    private const string AppId = "2F6C3B1E-5A4D-4C8B-9E7F-0A1B2C3D4E5F";
    private const string BotId = "7d3b5a8e-2f4c-4e1a-9b6d-0c8e2a4f6b10";
    private static readonly string TemplateFolder = Path.Combine(SharedFolder.RepositoryRoot, "appPackage");
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "coachbot-apppackage-tests", Guid.NewGuid().ToString("N"));

    public AppPackageTests() => Directory.CreateDirectory(_folder);

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task FilledManifest_ValidatesAgainstTheV129Schema()
    {
        var schemaPath = SharedFolder.RequirePath("fixtures/schemas/teams-manifest-v1.29.schema.json");
        var schema = await JsonSchema.FromFileAsync(schemaPath, TestContext.Current.CancellationToken);

        var errors = schema.Validate(Filled());

        Assert.Empty(Flatten(errors).Select(e => $"{e.Path}: {e.Kind}"));
    }

    [Fact]
    public async Task TheSchemaCheck_CatchesAWrongManifest()
    {
        var schemaPath = SharedFolder.RequirePath("fixtures/schemas/teams-manifest-v1.29.schema.json");
        var schema = await JsonSchema.FromFileAsync(schemaPath, TestContext.Current.CancellationToken);
        var manifest = JsonNode.Parse(Filled())!;
        manifest["bots"]![0]!["scopes"] = new JsonArray("personal", "groupchat");
        manifest["name"]!["short"] = new string('x', 31);
        manifest["bots"]![0]!["botId"] = "28:" + BotId;

        var errors = schema.Validate(manifest.ToJsonString());

        var paths = Flatten(errors).Select(e => e.Path ?? "").ToList();
        Assert.Contains(paths, p => p.Contains("scopes", StringComparison.Ordinal));
        Assert.Contains(paths, p => p.Contains("name.short", StringComparison.Ordinal));
        Assert.Contains(paths, p => p.Contains("botId", StringComparison.Ordinal));
    }

    [Fact]
    public void Manifest_HasTheBotScopesCommandsAndLimitsTeamsEnforces()
    {
        var manifest = JsonNode.Parse(Filled())!;

        Assert.Equal("1.29", (string?)manifest["manifestVersion"]);
        Assert.EndsWith("/v1.29/MicrosoftTeams.schema.json", (string?)manifest["$schema"], StringComparison.Ordinal);
        Assert.Equal(AppId.ToLowerInvariant(), (string?)manifest["id"]);
        Assert.Equal("https://school.example/", (string?)manifest["developer"]!["websiteUrl"]);
        Assert.NotEqual((string?)manifest["description"]!["short"], (string?)manifest["description"]!["full"]);
        Assert.True(((string?)manifest["name"]!["short"])!.Length <= 30);
        Assert.True(((string?)manifest["description"]!["short"])!.Length <= 80);

        var bot = manifest["bots"]![0]!;
        Assert.Equal(BotId, (string?)bot["botId"]);
        Assert.Equal(["personal", "team", "groupChat"], bot["scopes"]!.AsArray().Select(s => (string?)s));
        var lists = bot["commandLists"]!.AsArray();
        Assert.Contains(lists, l => l!["scopes"]!.AsArray().Select(s => (string?)s).SequenceEqual(["personal"]));
        Assert.Contains(lists, l => l!["scopes"]!.AsArray().Select(s => (string?)s).SequenceEqual(["team", "groupChat"]));
        foreach (var list in lists)
        {
            var commands = list!["commands"]!.AsArray();
            Assert.InRange(commands.Count, 1, 12);
            Assert.All(commands, c => Assert.InRange(((string?)c!["title"])!.Length, 1, 32));
            Assert.All(commands, c => Assert.InRange(((string?)c!["description"])!.Length, 1, 128));
        }

        var personal = lists.Single(l => (string?)l!["scopes"]![0] == "personal")!["commands"]!.AsArray().Select(c => (string?)c!["title"]);
        Assert.Superset(new HashSet<string?> { "help", "roles", "request", "reflect", "goals", "reflection digest" }, personal.ToHashSet());
    }

    /// <summary>
    /// Picking a command from Teams' menu sends its title as the message: each title must be a command CoachBot runs
    /// (or the engine's cancel), never text that falls through to the roles Q&amp;A.
    /// </summary>
    [Fact]
    public void EveryMenuCommand_IsACommandTheBotRuns()
    {
        using var factory = new CoachBotFactory();
        var router = factory.Services.GetRequiredService<DialogRouter>();
        var titles = JsonNode.Parse(Filled())!["bots"]![0]!["commandLists"]!.AsArray()
            .SelectMany(list => list!["commands"]!.AsArray().Select(command => (string)command!["title"]!))
            .Distinct()
            .ToList();

        Assert.NotEmpty(titles);
        Assert.All(titles, title => Assert.True(
            DialogEngine.IsCancelWord(title) || (router.TryMatchCommand(title, out _, out var arguments) && arguments.Length == 0),
            $"The menu command '{title}' is not a command CoachBot runs."));
    }

    [Fact]
    public void Icons_HaveTheSizesTeamsRequires_AndTheOutlineIsWhiteOnTransparent()
    {
        var color = PngImage.Decode(File.ReadAllBytes(Path.Combine(TemplateFolder, "color.png")));
        var outline = PngImage.Decode(File.ReadAllBytes(Path.Combine(TemplateFolder, "outline.png")));

        Assert.Equal((192, 192), (color.Width, color.Height));
        Assert.Equal((32, 32), (outline.Width, outline.Height));
        Assert.True(outline.HasAlpha, "the outline icon needs an alpha channel");

        // Background: the corners and the inside of the bubble are fully transparent.
        foreach (var (x, y) in new[] { (0, 0), (31, 0), (0, 31), (31, 31), (8, 12), (22, 16) })
        {
            Assert.Equal(0, outline.Pixel(x, y).A);
        }

        var visible = Enumerable.Range(0, 32 * 32).Select(i => outline.Pixel(i % 32, i / 32)).Where(p => p.A > 0).ToList();
        Assert.True(visible.Count > 60, "the outline icon draws a glyph");
        Assert.All(visible, p => Assert.Equal((255, 255, 255), (p.R, p.G, p.B)));

        // The colour icon is opaque, with the accent colour in its corners.
        Assert.All(Enumerable.Range(0, 192 * 192), i => Assert.Equal(255, color.Pixel(i % 192, i / 192).A));
        Assert.Equal((0x2B, 0x6C, 0xB0, 255), color.Pixel(0, 0));
    }

    [Fact]
    public void CommittedIcons_AreWhatTheIconCodeDraws()
    {
        var color = PngImage.Decode(File.ReadAllBytes(Path.Combine(TemplateFolder, "color.png")));
        var outline = PngImage.Decode(File.ReadAllBytes(Path.Combine(TemplateFolder, "outline.png")));

        Assert.Equal(AppIcons.ColorPixels(), color.Rgba);
        Assert.Equal(AppIcons.OutlinePixels(), outline.Rgba);
    }

    [Fact]
    public void TheCommand_WritesAZipWithTheThreeFilesAtItsRoot()
    {
        var zipPath = Path.Combine(_folder, "out", "coachbot.zip");
        using var output = new StringWriter();
        using var error = new StringWriter();

        var exit = AppPackageCli.Run(
            ["--app-id", AppId, "--bot-id", BotId, "--privacy-url", "https://school.example/privacy", "--terms-url=https://school.example/terms",
             "--version", "1.2.3", "--out", zipPath, "--template", TemplateFolder],
            output,
            error);

        Assert.Equal(0, exit);
        Assert.Equal("", error.ToString());
        Assert.Contains(Path.GetFullPath(zipPath), output.ToString(), StringComparison.Ordinal);
        using var zip = ZipFile.OpenRead(zipPath);
        Assert.Equal(["color.png", "manifest.json", "outline.png"], zip.Entries.Select(e => e.FullName).Order());
        using var manifestStream = zip.GetEntry("manifest.json")!.Open();
        var manifest = JsonNode.Parse(manifestStream)!;
        Assert.Equal("1.2.3", (string?)manifest["version"]);
        Assert.Equal("https://school.example/terms", (string?)manifest["developer"]!["termsOfUseUrl"]);
        using var colorStream = new MemoryStream();
        zip.GetEntry("color.png")!.Open().CopyTo(colorStream);
        Assert.Equal(192, PngImage.ReadHeader(colorStream.ToArray()).Width);
    }

    [Fact]
    public void TheCommand_DefaultsToAVersionedZipInTheBuildFolder()
    {
        var template = CopyTemplate();
        using var output = new StringWriter();

        var exit = AppPackageCli.Run(
            ["--app-id", AppId, "--bot-id", BotId, "--privacy-url", "https://school.example/privacy", "--terms-url", "https://school.example/terms", "--template", template],
            output,
            TextWriter.Null);

        Assert.Equal(0, exit);
        Assert.True(File.Exists(Path.Combine(template, "build", "coachbot-1.0.0.zip")));
    }

    [Fact]
    public void BadInputs_AreAllReported_AndNoZipIsWritten()
    {
        var zipPath = Path.Combine(_folder, "bad.zip");
        using var error = new StringWriter();

        var exit = AppPackageCli.Run(
            ["--app-id", "coachbot", "--bot-id", "28:" + BotId, "--privacy-url", "http://school.example/privacy", "--terms-url", "terms",
             "--version", "1.0", "--out", zipPath, "--template", TemplateFolder],
            TextWriter.Null,
            error);

        Assert.Equal(1, exit);
        var text = error.ToString();
        Assert.Contains("--app-id must be the Teams app id", text, StringComparison.Ordinal);
        Assert.Contains("--bot-id must be the Azure Bot's Microsoft App ID", text, StringComparison.Ordinal);
        Assert.Contains("--privacy-url must be an https:// URL", text, StringComparison.Ordinal);
        Assert.Contains("--terms-url must be an https:// URL", text, StringComparison.Ordinal);
        Assert.Contains("--version must be three numbers", text, StringComparison.Ordinal);
        Assert.False(File.Exists(zipPath));
    }

    public static TheoryData<string[]> UsageMistakes => new()
    {
        { ["--app-id", AppId] },
        { ["--app-id", AppId, "--bot-id", BotId, "--privacy-url", "https://a.example/p", "--terms-url", "https://a.example/t", "--colour", "red"] },
        { ["--app-id", AppId, "--app-id", AppId, "--bot-id", BotId, "--privacy-url", "https://a.example/p", "--terms-url", "https://a.example/t"] },
        { ["--app-id", "--bot-id", BotId, "--privacy-url", "https://a.example/p", "--terms-url", "https://a.example/t"] },
    };

    [Theory]
    [MemberData(nameof(UsageMistakes))]
    public void UsageErrors_ExitWith2AndShowTheUsage(string[] args)
    {
        using var error = new StringWriter();

        var exit = AppPackageCli.Run([.. args, "--template", TemplateFolder], TextWriter.Null, error);

        Assert.Equal(2, exit);
        Assert.Contains("usage: app-package", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void AWrongSizedIcon_IsRejected()
    {
        var template = CopyTemplate();
        File.WriteAllBytes(Path.Combine(template, "outline.png"), PngImage.Encode(48, 48, new byte[48 * 48 * 4]));

        var errors = AppPackageBuilder.Build(Request(template, Path.Combine(_folder, "x.zip")));

        Assert.Contains("outline.png must be 32×32 pixels (it is 48×48).", errors);
    }

    [Fact]
    public void WriteIcons_RedrawsThemIntoTheTemplateFolder()
    {
        var template = CopyTemplate();
        File.Delete(Path.Combine(template, "color.png"));

        Assert.Equal(0, AppPackageCli.Run(["--write-icons", "--template", template], TextWriter.Null, TextWriter.Null));

        Assert.Equal(AppIcons.ColorPixels(), PngImage.Decode(File.ReadAllBytes(Path.Combine(template, "color.png"))).Rgba);
    }

    [Fact]
    public void PngDecoder_RejectsWhatIsNotAPng()
    {
        Assert.Throws<FormatException>(() => PngImage.Decode("GIF89a not a png at all, just text"u8.ToArray()));
        var png = AppIcons.OutlinePng();
        png[^5] ^= 0xFF; // break the IEND CRC
        Assert.Throws<FormatException>(() => PngImage.Decode(png));
    }

    private static IEnumerable<NJsonSchema.Validation.ValidationError> Flatten(IEnumerable<NJsonSchema.Validation.ValidationError> errors) =>
        errors.SelectMany(e => e is NJsonSchema.Validation.ChildSchemaValidationError child
            ? Flatten(child.Errors.SelectMany(pair => pair.Value)).Prepend(e)
            : [e]);

    private static string Filled() => AppPackageBuilder.FillManifest(
        File.ReadAllText(Path.Combine(TemplateFolder, "manifest.json")),
        Request(TemplateFolder, "unused.zip"));

    private static AppPackageRequest Request(string template, string output) =>
        new(AppId, BotId, "https://school.example/privacy", "https://school.example/terms", null, "1.0.0", "CoachBot", template, output);

    private string CopyTemplate()
    {
        var copy = Path.Combine(_folder, "template");
        Directory.CreateDirectory(copy);
        foreach (var file in new[] { "manifest.json", "color.png", "outline.png" })
        {
            File.Copy(Path.Combine(TemplateFolder, file), Path.Combine(copy, file));
        }

        return copy;
    }
}

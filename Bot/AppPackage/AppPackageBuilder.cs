using System.IO.Compression;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace CoachBot.Bot.AppPackage;

/// <summary>
/// Fills the manifest template and writes the Teams app package: a zip with <c>manifest.json</c>,
/// <c>color.png</c> and <c>outline.png</c> at its root (protocol.md §8). Inputs are checked first — app and bot
/// ids must be GUIDs, the pages https URLs, the version x.y.z — and every problem is reported at once.
/// </summary>
public static partial class AppPackageBuilder
{
    public const string ManifestFileName = "manifest.json";

    /// <summary>Entries get this timestamp so the same inputs give the same zip.</summary>
    private static readonly DateTimeOffset EntryTime = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>Every problem with the inputs (empty when they are fine).</summary>
    public static IReadOnlyList<string> Validate(AppPackageRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var errors = new List<string>();
        if (!IsGuid(request.AppId))
        {
            errors.Add($"--app-id must be the Teams app id, a GUID like 2f6c3b1e-5a4d-4c8b-9e7f-0a1b2c3d4e5f (got '{request.AppId}'). Make one with `uuidgen` and keep it for every version.");
        }

        if (!IsGuid(request.BotId))
        {
            errors.Add($"--bot-id must be the Azure Bot's Microsoft App ID, a GUID (got '{request.BotId}'). Find it under the bot's Configuration in the Azure portal.");
        }

        CheckHttps(errors, "--privacy-url", request.PrivacyUrl);
        CheckHttps(errors, "--terms-url", request.TermsUrl);
        if (request.WebsiteUrl is not null)
        {
            CheckHttps(errors, "--website-url", request.WebsiteUrl);
        }

        if (!SemVer().IsMatch(request.Version ?? ""))
        {
            errors.Add($"--version must be three numbers like 1.0.0 (got '{request.Version}').");
        }

        if (string.IsNullOrWhiteSpace(request.DeveloperName) || request.DeveloperName.Length > 32)
        {
            errors.Add("--developer-name must be 1 to 32 characters.");
        }

        foreach (var file in new[] { ManifestFileName, AppIcons.ColorFileName, AppIcons.OutlineFileName })
        {
            if (!File.Exists(Path.Combine(request.TemplateFolder, file)))
            {
                errors.Add($"The template folder '{request.TemplateFolder}' has no {file}.");
            }
        }

        if (errors.Count == 0)
        {
            CheckIcon(errors, Path.Combine(request.TemplateFolder, AppIcons.ColorFileName), AppIcons.ColorSize);
            CheckIcon(errors, Path.Combine(request.TemplateFolder, AppIcons.OutlineFileName), AppIcons.OutlineSize);
        }

        return errors;
    }

    /// <summary>The manifest with its placeholders filled (values JSON-escaped); throws when a placeholder stays unfilled.</summary>
    public static string FillManifest(string template, AppPackageRequest request)
    {
        ArgumentNullException.ThrowIfNull(template);
        ArgumentNullException.ThrowIfNull(request);
        var values = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["APP_ID"] = request.AppId.Trim().ToLowerInvariant(),
            ["BOT_ID"] = request.BotId.Trim().ToLowerInvariant(),
            ["PRIVACY_URL"] = request.PrivacyUrl.Trim(),
            ["TERMS_URL"] = request.TermsUrl.Trim(),
            ["WEBSITE_URL"] = (request.WebsiteUrl ?? SiteOf(request.PrivacyUrl)).Trim(),
            ["VERSION"] = request.Version.Trim(),
            ["DEVELOPER_NAME"] = request.DeveloperName.Trim(),
        };

        var filled = Placeholder().Replace(template, match => values.TryGetValue(match.Groups[1].Value, out var value)
            ? JsonEncodedText.Encode(value).ToString()
            : throw new InvalidOperationException($"The manifest template has an unknown placeholder {match.Value}."));

        // Re-serialize through the JSON model: proves the result parses and normalizes its layout.
        var node = JsonNode.Parse(filled) ?? throw new InvalidOperationException("The manifest template is empty.");
        return node.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
    }

    /// <summary>Validates, fills and writes the zip; returns the problems instead when there are any.</summary>
    public static IReadOnlyList<string> Build(AppPackageRequest request)
    {
        var errors = Validate(request);
        if (errors.Count > 0)
        {
            return errors;
        }

        string manifest;
        try
        {
            manifest = FillManifest(File.ReadAllText(Path.Combine(request.TemplateFolder, ManifestFileName)), request);
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException)
        {
            return [$"The manifest template could not be filled: {ex.Message}"];
        }

        try
        {
            var folder = Path.GetDirectoryName(Path.GetFullPath(request.OutputPath));
            if (!string.IsNullOrEmpty(folder))
            {
                Directory.CreateDirectory(folder);
            }

            using var file = new FileStream(request.OutputPath, FileMode.Create, FileAccess.Write);
            using var zip = new ZipArchive(file, ZipArchiveMode.Create);
            Add(zip, ManifestFileName, Encoding.UTF8.GetBytes(manifest));
            Add(zip, AppIcons.ColorFileName, File.ReadAllBytes(Path.Combine(request.TemplateFolder, AppIcons.ColorFileName)));
            Add(zip, AppIcons.OutlineFileName, File.ReadAllBytes(Path.Combine(request.TemplateFolder, AppIcons.OutlineFileName)));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            return [$"Could not write '{request.OutputPath}': {ex.Message}"];
        }

        return [];
    }

    /// <summary>Writes freshly drawn icons into the template folder.</summary>
    public static void WriteIcons(string templateFolder)
    {
        File.WriteAllBytes(Path.Combine(templateFolder, AppIcons.ColorFileName), AppIcons.ColorPng());
        File.WriteAllBytes(Path.Combine(templateFolder, AppIcons.OutlineFileName), AppIcons.OutlinePng());
    }

    private static void Add(ZipArchive zip, string name, byte[] content)
    {
        var entry = zip.CreateEntry(name, CompressionLevel.Optimal);
        entry.LastWriteTime = EntryTime;
        using var stream = entry.Open();
        stream.Write(content);
    }

    private static bool IsGuid(string? value) => value is not null && GuidPattern().IsMatch(value.Trim());

    private static void CheckHttps(List<string> errors, string option, string? value)
    {
        if (!Uri.TryCreate(value?.Trim(), UriKind.Absolute, out var uri) || uri.Scheme != Uri.UriSchemeHttps || string.IsNullOrEmpty(uri.Host))
        {
            errors.Add($"{option} must be an https:// URL (got '{value}').");
        }
        else if (value!.Length > 2048)
        {
            errors.Add($"{option} must be at most 2048 characters.");
        }
    }

    private static void CheckIcon(List<string> errors, string path, int size)
    {
        try
        {
            var header = PngImage.ReadHeader(File.ReadAllBytes(path));
            if (header.Width != size || header.Height != size)
            {
                errors.Add($"{Path.GetFileName(path)} must be {size}×{size} pixels (it is {header.Width}×{header.Height}).");
            }
        }
        catch (FormatException ex)
        {
            errors.Add($"{Path.GetFileName(path)} is not a usable PNG: {ex.Message}");
        }
    }

    private static string SiteOf(string url) => new Uri(url.Trim()).GetLeftPart(UriPartial.Authority) + "/";

    [GeneratedRegex(@"^[0-9a-fA-F]{8}-([0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}$")]
    private static partial Regex GuidPattern();

    [GeneratedRegex(@"^([0-9]|[1-9][0-9]*)\.([0-9]|[1-9][0-9]*)\.([0-9]|[1-9][0-9]*)$")]
    private static partial Regex SemVer();

    [GeneratedRegex(@"\{\{([A-Z_]+)\}\}")]
    private static partial Regex Placeholder();
}

namespace CoachBot.Bot.AppPackage;

/// <summary>What goes into a Teams app package: ids, the https pages, the version, and where the zip goes.</summary>
/// <param name="AppId">The Teams app id (a GUID of your choosing, stable across versions).</param>
/// <param name="BotId">The Azure Bot's Microsoft App ID (the Entra application/client id).</param>
/// <param name="PrivacyUrl">https URL of the privacy statement.</param>
/// <param name="TermsUrl">https URL of the terms of use.</param>
/// <param name="WebsiteUrl">https URL of the developer's site; the privacy URL's site when null.</param>
/// <param name="Version">The app version, x.y.z (bump it for every manifest change).</param>
/// <param name="DeveloperName">Shown as the publisher (≤ 32 characters).</param>
/// <param name="TemplateFolder">The folder with <c>manifest.json</c>, <c>color.png</c>, <c>outline.png</c>.</param>
/// <param name="OutputPath">The zip to write.</param>
public sealed record AppPackageRequest(
    string AppId,
    string BotId,
    string PrivacyUrl,
    string TermsUrl,
    string? WebsiteUrl,
    string Version,
    string DeveloperName,
    string TemplateFolder,
    string OutputPath);

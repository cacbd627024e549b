using System.Reflection;
using CoachBot.Bot.Hosting;
using CoachBot.Tests.Infrastructure;
using CoachBot.Tests.Infrastructure.Host;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CoachBot.Tests.Hosting;

/// <summary>
/// appsettings.template.json documents every setting CoachBot binds, and nothing that nothing binds.
/// </summary>
public sealed class SettingsTemplateTests : IDisposable
{
    // Sections read by ASP.NET Core itself rather than by a CoachBot options class.
    private static readonly string[] FrameworkSections = ["Logging", "AllowedHosts", "Urls", "Kestrel"];

    private readonly CoachBotFactory _factory = new();

    [Fact]
    public void Template_DocumentsEveryBoundKey()
    {
        var templateKeys = TemplateKeys();
        var missing = BoundKeys().Where(bound => !templateKeys.Any(key => key.Equals(bound, StringComparison.OrdinalIgnoreCase)
            || key.StartsWith(bound + ":", StringComparison.OrdinalIgnoreCase))).ToList();

        Assert.True(missing.Count == 0, $"appsettings.template.json lacks: {string.Join(", ", missing)}");
    }

    [Fact]
    public void Template_HasNoKeyThatNothingBinds()
    {
        var bound = BoundKeys().ToHashSet(StringComparer.OrdinalIgnoreCase);
        var unknown = TemplateKeys()
            .Where(key => !FrameworkSections.Any(section => key.Equals(section, StringComparison.OrdinalIgnoreCase) || key.StartsWith(section + ":", StringComparison.OrdinalIgnoreCase)))
            .Where(key => !bound.Contains(string.Join(':', key.Split(':').Take(2))))
            .ToList();

        Assert.True(unknown.Count == 0, $"appsettings.template.json has keys nothing binds: {string.Join(", ", unknown)}");
    }

    [Fact]
    public void Template_IsAValidConfigurationForTheHost()
    {
        // The template's values are the defaults: a host started with it must pass start-up validation.
        using var factory = new CoachBotFactory(settings: TemplateValues());

        using var client = factory.CreateClient();
        Assert.NotNull(client);
    }

    private IEnumerable<string> BoundKeys()
    {
        var catalog = _factory.Services.GetRequiredService<OptionsCatalog>();
        Assert.NotEmpty(catalog.Entries);
        foreach (var (section, type) in catalog.Entries)
        {
            foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
            {
                if (property.CanWrite || IsCollection(property.PropertyType))
                {
                    yield return $"{section}:{property.Name}";
                }
            }
        }
    }

    private static bool IsCollection(Type type) =>
        type != typeof(string) && type.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(ICollection<>));

    private static List<string> TemplateKeys() =>
        [.. Template().AsEnumerable().Where(pair => pair.Value is not null).Select(pair => pair.Key)];

    private static Dictionary<string, string?> TemplateValues() =>
        Template().AsEnumerable()
            .Where(pair => pair.Value is not null && !pair.Key.StartsWith("Storage:", StringComparison.OrdinalIgnoreCase))
            .ToDictionary(pair => pair.Key, pair => pair.Value);

    private static IConfigurationRoot Template() =>
        new ConfigurationBuilder().AddJsonFile(Path.Combine(SharedFolder.RepositoryRoot, "appsettings.template.json"), optional: false).Build();

    public void Dispose() => _factory.Dispose();
}

namespace CoachBot.Bot.Hosting;

/// <summary>
/// Every options class the host binds, with its configuration section. The template test uses it to prove
/// that <c>appsettings.template.json</c> documents each bound key and nothing else.
/// </summary>
public sealed class OptionsCatalog
{
    private readonly List<(string Section, Type OptionsType)> _entries = [];

    public IReadOnlyList<(string Section, Type OptionsType)> Entries => _entries;

    internal void Add(string section, Type optionsType) => _entries.Add((section, optionsType));
}

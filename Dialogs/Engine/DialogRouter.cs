using System.Collections.Frozen;

namespace CoachBot.Dialogs.Engine;

/// <summary>
/// The table from command names and card verbs to what handles them. Built once at start-up; it refuses
/// duplicates (two dialogs with one id, two commands with one name or alias, two handlers for one verb),
/// so a routing mistake stops the host instead of silently shadowing a feature.
/// </summary>
public sealed class DialogRouter
{
    private readonly FrozenDictionary<string, Dialog> _dialogs;
    private readonly FrozenDictionary<string, ICardActionHandler> _verbs;
    private readonly (string Name, RegisteredCommand Command)[] _commandNames;

    public DialogRouter(
        IEnumerable<Dialog> dialogs,
        IEnumerable<RegisteredCommand> commands,
        IEnumerable<ICardActionHandler> verbHandlers,
        IFallbackHandler fallback,
        IWelcomeHandler welcome)
    {
        Fallback = fallback ?? throw new ArgumentNullException(nameof(fallback));
        Welcome = welcome ?? throw new ArgumentNullException(nameof(welcome));
        _dialogs = BuildUnique(dialogs, d => d.Id, "dialog id");
        _verbs = BuildUnique(verbHandlers, h => h.Verb, "card verb");

        var registered = commands.ToList();
        var names = new Dictionary<string, RegisteredCommand>(StringComparer.OrdinalIgnoreCase);
        foreach (var command in registered)
        {
            foreach (var name in command.Info.AllNames)
            {
                var normalized = Normalize(name).ToLowerInvariant();
                if (normalized.Length == 0)
                {
                    throw new InvalidOperationException($"A command of type {command.Command.GetType().Name} has an empty name or alias.");
                }

                if (!names.TryAdd(normalized, command))
                {
                    throw new InvalidOperationException(
                        $"The command name '{normalized}' is claimed by both {names[normalized].Command.GetType().Name} and {command.Command.GetType().Name}.");
                }
            }
        }

        // Longest names first, so "add lead coach" wins over "add".
        _commandNames = [.. names.Select(pair => (pair.Key, pair.Value)).OrderByDescending(pair => pair.Key.Length)];
        Commands = registered;
    }

    public IFallbackHandler Fallback { get; }

    public IWelcomeHandler Welcome { get; }

    /// <summary>Every registered command, in registration order (the help card lists them).</summary>
    public IReadOnlyList<RegisteredCommand> Commands { get; }

    public Dialog? FindDialog(string id) => _dialogs.GetValueOrDefault(id);

    public ICardActionHandler? FindVerb(string verb) => _verbs.GetValueOrDefault(verb);

    /// <summary>
    /// Finds the command a message starts with (as a whole word, or followed by a colon); <paramref name="arguments"/> is
    /// the rest of the text.
    /// </summary>
    public bool TryMatchCommand(string text, out RegisteredCommand command, out string arguments)
    {
        var normalized = Normalize(text);
        foreach (var (name, candidate) in _commandNames)
        {
            // A command is a whole word: followed by nothing, a space, or a colon ("reflect: modeled Padlet").
            if (normalized.StartsWith(name, StringComparison.OrdinalIgnoreCase)
                && (normalized.Length == name.Length || normalized[name.Length] is ' ' or ':'))
            {
                command = candidate;
                arguments = normalized[name.Length..].TrimStart(':').Trim();
                return true;
            }
        }

        command = null!;
        arguments = "";
        return false;
    }

    private static string Normalize(string text) =>
        string.Join(' ', text.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).TrimEnd('.', '!', '?');

    private static FrozenDictionary<string, T> BuildUnique<T>(IEnumerable<T> items, Func<T, string> key, string what)
    {
        var map = new Dictionary<string, T>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            if (!map.TryAdd(key(item), item))
            {
                throw new InvalidOperationException($"Two handlers claim the {what} '{key(item)}': {map[key(item)]!.GetType().Name} and {item!.GetType().Name}.");
            }
        }

        return map.ToFrozenDictionary(StringComparer.Ordinal);
    }
}

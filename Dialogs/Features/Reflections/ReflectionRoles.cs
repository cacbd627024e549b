using CoachBot.Cards.Views.Reflections;
using CoachBot.Cards.Views.Roles;
using CoachBot.Dialogs.RolesQa;

namespace CoachBot.Dialogs.Features.Reflections;

/// <summary>
/// The ten roles of a technology integration coach as reflections use them: their titles (from the knowledge), the
/// roles CoachBot infers from a reflection's words (the Q&amp;A engine's <see cref="QuestionAnswerer.Route"/> over all
/// ten), and a role named in a filter ("mentor", "data coach").
/// </summary>
public sealed class ReflectionRoles
{
    private readonly QuestionAnswerer _answerer;
    private readonly Dictionary<string, string> _titles;
    private readonly Dictionary<string, string> _byName;

    public ReflectionRoles(QuestionAnswerer answerer)
    {
        ArgumentNullException.ThrowIfNull(answerer);
        _answerer = answerer;
        Options = [.. TopicIds.AllRoles.Select(id => new ReflectionRoleOption(id, answerer.Knowledge.TryGetTopic(id, out var topic) ? topic.Title : id))];
        _titles = Options.ToDictionary(option => option.Id, option => option.Title, StringComparer.Ordinal);
        _byName = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var option in Options)
        {
            _byName.TryAdd(Simplify(option.Title), option.Id);
            _byName.TryAdd(Simplify(option.Id), option.Id);
            _byName.TryAdd(Simplify(option.Id["role.".Length..]), option.Id);
        }
    }

    /// <summary>The ten roles in the article's order, with their titles.</summary>
    public IReadOnlyList<ReflectionRoleOption> Options { get; }

    public bool IsRole(string id) => _titles.ContainsKey(id);

    public string Title(string id) => _titles.GetValueOrDefault(id, id);

    /// <summary>
    /// The roles CoachBot reads in <paramref name="text"/>: the best-fitting role when the router is confident or
    /// offers it as a "did you mean", none when nothing fits.
    /// </summary>
    public IReadOnlyList<string> Infer(string text)
    {
        var route = _answerer.Route(text, TopicIds.AllRoles);
        return route.Band != AnswerBand.None && route.RoleId is { } id && IsRole(id) ? [id] : [];
    }

    /// <summary>The role a person named ("Mentor", "data coach", "data-coach", "mentors"), or null.</summary>
    public string? Find(string typed)
    {
        var simple = Simplify(typed);
        if (simple.Length == 0)
        {
            return null;
        }

        return _byName.TryGetValue(simple, out var id) ? id
            : simple.EndsWith('s') && _byName.TryGetValue(simple[..^1], out var singular) ? singular
            : null;
    }

    private static string Simplify(string text) => new([.. text.Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant)]);
}

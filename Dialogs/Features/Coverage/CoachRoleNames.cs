using CoachBot.Cards.Views.Roles;
using CoachBot.Dialogs.RolesQa;

namespace CoachBot.Dialogs.Features.Coverage;

/// <summary>The ten roles of a technology integration coach, by topic id, with the titles the knowledge gives them ("Data Coach").</summary>
public sealed class CoachRoleNames(KnowledgeBase knowledge)
{
    /// <summary>The ten roles in the article's order: what a coach may cover.</summary>
    public IReadOnlyList<(string Id, string Title)> All { get; } = [.. TopicIds.AllRoles.Select(id => (id, TitleIn(knowledge, id)))];

    /// <summary>The nine roles a teacher's request can be about (every role but the learner, the coach's own growth).</summary>
    public IReadOnlyList<(string Id, string Title)> Requestable => [.. All.Where(role => TopicIds.RoutableRoles.Contains(role.Id))];

    public string TitleOf(string roleId) => All.FirstOrDefault(role => role.Id == roleId).Title ?? roleId;

    public bool IsRole(string? roleId) => roleId is not null && All.Any(role => role.Id == roleId);

    private static string TitleIn(KnowledgeBase knowledge, string id) =>
        knowledge.TryGetTopic(id, out var topic) && !string.IsNullOrWhiteSpace(topic.Title) ? topic.Title : id;
}

namespace CoachBot.Cards.Views.Roles;

/// <summary>A roles Q&amp;A topic shown as a button: its id (knowledge/topics.md) and its title.</summary>
public sealed record TopicLink(string TopicId, string Title);

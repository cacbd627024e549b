namespace CoachBot.Cards.Views.Reflections;

/// <summary>One of the ten coaching roles as the form offers it: its topic id (the choice's value) and its title.</summary>
public sealed record ReflectionRoleOption(string Id, string Title);

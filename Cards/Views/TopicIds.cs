namespace CoachBot.Cards.Views;

/// <summary>Roles Q&amp;A topic ids (shared/knowledge/topics.md) that CoachBot's own cards link to.</summary>
public static class TopicIds
{
    /// <summary>What are the roles of a tech integration coach (the 2014 list)?</summary>
    public const string RolesOverview = "overview.roles-2014";

    /// <summary>What does a mentor do?</summary>
    public const string Mentor = "role.mentor";

    /// <summary>What changed between the 2013 and 2014 lists?</summary>
    public const string Compare2013And2014 = "compare.2013-vs-2014";
}

namespace CoachBot.Dialogs.RolesQa;

/// <summary>What a topic describes (header <c>kind</c>).</summary>
public enum TopicKind
{
    /// <summary>Anything else: overviews, comparisons, the author's view, skills, sources (<c>general</c>).</summary>
    General,

    /// <summary>One of the ten roles of the 2014 list (<c>role</c>).</summary>
    Role,

    /// <summary>One of the seven competencies of the 2013 list (<c>competency2013</c>).</summary>
    Competency2013,
}

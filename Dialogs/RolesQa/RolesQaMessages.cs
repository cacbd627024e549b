namespace CoachBot.Dialogs.RolesQa;

/// <summary>Fixed texts of the roles Q&amp;A that do not come from the knowledge files.</summary>
public static class RolesQaMessages
{
    /// <summary>The friendly reply for the <see cref="AnswerBand.None"/> band: what CoachBot can answer and do.</summary>
    public const string OutOfScope =
        "I'm not sure I can help with that one. I answer questions about the roles of a technology integration coach, "
        + "for example **What does a data coach do?**, **What changed between 2013 and 2014?** or **What skills does a tech coach need?**. "
        + "Type **roles** to see the ten roles, or **help** for everything I can do.";

    /// <summary>The label of the "did you mean" choice that rejects every suggestion.</summary>
    public const string NoneOfThese = "None of these";
}

namespace CoachBot.Dialogs.RolesQa;

/// <summary>How a question was resolved against the previous answer's topic.</summary>
public enum FollowUpKind
{
    /// <summary>Not a follow-up: the question was ranked on its own.</summary>
    None,

    /// <summary>
    /// "tell me more", "more", "go on", "why?": the same topic again. Present only what its answer card did not show (the
    /// article's passage in full, the linked 2013 competency, the author's added tasks), then that nothing is left.
    /// </summary>
    More,

    /// <summary>"what about in 2013?": the 2013 competency behind the previous role, or the 2013 overview.</summary>
    In2013,

    /// <summary>"and in 2014?": the 2014 role a 2013 competency became, or the 2014 overview.</summary>
    In2014,

    /// <summary>"and the mentor?", "what about the learner?": another topic named in a short elliptical question.</summary>
    OtherTopic,
}

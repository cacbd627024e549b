namespace CoachBot.Dialogs.RolesQa;

/// <summary>What a free-text message asks for, as <see cref="RequestOrQuestion.Classify"/> reads it.</summary>
public enum MessageIntent
{
    /// <summary>No words, or only small talk ("hi", "thanks", "ok").</summary>
    Neither,

    /// <summary>A question (or a fragment of one): "what does a mentor do?", "data coach??", "can a coach be a school leader?".</summary>
    Question,

    /// <summary>
    /// A request for support: "I need help with…", "can someone help me…", "could a coach come to my class",
    /// "request support", "looking for resources on…". It belongs with a coach, not with the roles Q&amp;A.
    /// </summary>
    Request,
}

namespace CoachBot.Dialogs.RolesQa;

/// <summary>
/// Why the answerer declined a question (<see cref="AnswerBand.None"/>), so the chat layer can say why and offer
/// the right next step. <see cref="HowTo"/> and <see cref="AsksForHelp"/> are things a coach can help with
/// (<see cref="QaResult.OffersAskACoach"/>: the "Ask a coach about this" button).
/// </summary>
public enum DeclineReason
{
    /// <summary>Not declined: the result is an answer or a "did you mean".</summary>
    None,

    /// <summary>
    /// Not about the coaching roles the knowledge covers: unrelated ("what's for lunch?"), near the domain but not
    /// in the article (salaries, certification exams, other school jobs, sports coaches), or too vague to place.
    /// </summary>
    OutOfScope,

    /// <summary>A how-to about a product or task ("how do I share a Google Doc with my class?").</summary>
    HowTo,

    /// <summary>A request for help or support rather than a question (<see cref="RequestOrQuestion"/> reads it as <see cref="MessageIntent.Request"/>).</summary>
    AsksForHelp,

    /// <summary>Reads like a CoachBot command that does not exist (yet): "delete my reflections", "goals", "my queue".</summary>
    UnknownCommand,
}

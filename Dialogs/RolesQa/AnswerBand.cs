namespace CoachBot.Dialogs.RolesQa;

/// <summary>How sure the answerer is, and so what the caller shows.</summary>
public enum AnswerBand
{
    /// <summary>Low confidence or out of scope: say what CoachBot can answer and do.</summary>
    None,

    /// <summary>Middle confidence: offer the top topics as choices ("did you mean ...?", plus "none of these").</summary>
    DidYouMean,

    /// <summary>High confidence: show the topic's answer.</summary>
    Answer,
}

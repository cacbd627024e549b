namespace CoachBot.Dialogs.RolesQa;

/// <summary>A candidate topic with its confidence (0..1), for "did you mean" choices.</summary>
public sealed record ScoredTopic(string TopicId, string Title, double Confidence);

namespace CoachBot.Dialogs.RolesQa.Ranking;

/// <summary>
/// One topic's standing for a question: its BM25F <see cref="Score"/>, the share of the question's weight it
/// explains (<see cref="Coverage"/>, 0..1) and that explained weight in absolute terms (<see cref="Evidence"/>,
/// adjacent word pairs included), and how far that evidence supports an answer (<see cref="Support"/>, 0..1;
/// <see cref="Generic"/> when only the in-domain floor holds it up).
/// </summary>
internal readonly record struct RankedTopic(KnowledgeTopic Topic, double Score, double Coverage, double Evidence, double Support, bool Generic);

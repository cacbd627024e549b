namespace CoachBot.Dialogs.RolesQa.Ranking;

/// <summary>The parts of a topic that are indexed, each weighted by a <see cref="FieldProfile"/>.</summary>
internal enum TopicField
{
    Title,
    Alternates,
    Keywords,
    Requests,
    Answer,
    Sections,
}

namespace CoachBot.Cards.Views.Roles;

/// <summary>The user's question (echoed as plain text) and the topics it might mean, best first.</summary>
public sealed record DidYouMeanCardModel(string Question, IReadOnlyList<TopicLink> Topics);

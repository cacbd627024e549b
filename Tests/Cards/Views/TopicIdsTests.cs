using CoachBot.Cards.Views.Roles;
using CoachBot.Tests.Infrastructure;

namespace CoachBot.Tests.Cards.Views;

/// <summary>The topics CoachBot's own cards link to exist in the knowledge contract (knowledge/topics.md).</summary>
public sealed class TopicIdsTests
{
    [Theory]
    [InlineData(TopicIds.Roles2014)]
    [InlineData(TopicIds.Mentor)]
    [InlineData(TopicIds.Compare)]
    public void LinkedTopic_IsListedInTopicsMd(string topicId)
    {
        var topics = File.ReadAllText(SharedFolder.RequirePath("knowledge/topics.md"));

        Assert.Contains($"`{topicId}`", topics, StringComparison.Ordinal);
    }
}

using CoachBot.Cards.Views;
using CoachBot.Tests.Infrastructure;

namespace CoachBot.Tests.Cards.Views;

/// <summary>The topics CoachBot's own cards link to exist in the knowledge contract (knowledge/topics.md).</summary>
public sealed class TopicIdsTests
{
    [Theory]
    [InlineData(TopicIds.RolesOverview)]
    [InlineData(TopicIds.Mentor)]
    [InlineData(TopicIds.Compare2013And2014)]
    public void LinkedTopic_IsListedInTopicsMd(string topicId)
    {
        var topics = File.ReadAllText(SharedFolder.RequirePath("knowledge/topics.md"));

        Assert.Contains($"`{topicId}`", topics, StringComparison.Ordinal);
    }
}

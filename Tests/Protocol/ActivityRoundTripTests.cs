using System.Text.Json;
using System.Text.Json.Nodes;
using CoachBot.Bot.Protocol.Activities;
using CoachBot.Tests.Infrastructure;

namespace CoachBot.Tests.Protocol;

/// <summary>Every real payload in ../shared/fixtures/activities reads into the activity model and writes back without losing a field.</summary>
public class ActivityRoundTripTests
{
    public static TheoryData<string> Fixtures() => FixtureFiles.Activities();

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Deserialize_RealPayload_SerializesBackEquivalent(string fileName)
    {
        var path = SharedFolder.RequirePath($"fixtures/activities/{fileName}");
        var original = File.ReadAllText(path);

        var activity = JsonSerializer.Deserialize(original, ProtocolJsonContext.Default.Activity);
        Assert.NotNull(activity);
        var written = JsonSerializer.Serialize(activity, ProtocolJsonContext.Default.Activity);

        var expected = JsonNode.Parse(original);
        var actual = JsonNode.Parse(written);
        Assert.True(JsonNode.DeepEquals(expected, actual), $"{fileName} changed in a round trip:\n{written}");
    }

    [Fact]
    public void Deserialize_TeamsMessage_ReadsTypedFields()
    {
        var path = SharedFolder.RequirePath("fixtures/activities/msteams-message-channel-reply-at-mention-tacv2.json");
        var activity = JsonSerializer.Deserialize(File.ReadAllText(path), ProtocolJsonContext.Default.Activity)!;

        Assert.Equal(ActivityTypes.Message, activity.Type);
        Assert.Equal("msteams", activity.ChannelId);
        Assert.StartsWith("19:", activity.Conversation!.Id, StringComparison.Ordinal);
        Assert.Equal("channel", activity.Conversation.ConversationType);
        Assert.Contains(activity.Entities!, e => e.Type == "mention" && e.Mentioned?.Id == activity.Recipient!.Id);
        Assert.False(string.IsNullOrEmpty(activity.ChannelData?.Tenant?.Id));
    }
}

/// <summary>The names of the shared fixture files (empty where ../shared is absent; each test then skips).</summary>
internal static class FixtureFiles
{
    public static TheoryData<string> Activities()
    {
        var data = new TheoryData<string>();
        var folder = SharedFolder.Path is { } root ? Path.Combine(root, "fixtures", "activities") : null;
        if (folder is null || !Directory.Exists(folder))
        {
            data.Add("(shared folder absent)");
            return data;
        }

        foreach (var file in Directory.EnumerateFiles(folder, "*.json").Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(file));
        }

        return data;
    }
}

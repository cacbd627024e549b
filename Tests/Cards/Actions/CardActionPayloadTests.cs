using CoachBot.Cards.Views.Roles;
using System.Text.Json;
using CoachBot.Cards.Actions;
using CoachBot.Cards.Model.Actions;

namespace CoachBot.Tests.Cards.Actions;

public sealed class CardActionPayloadTests
{
    private const string CardId = "card-42";

    [Fact]
    public void Execute_TypedPayload_PutsTheVerbOnTheActionAndVerbVersionCardIdAndFieldsInData()
    {
        ExecuteAction action = CardActionPayload.Execute("Mentor", new RoleTopicPayload("role.mentor"), CardId);

        Assert.Equal("Mentor", action.Title);
        Assert.Equal(RoleTopicPayload.VerbName, action.Verb);
        Assert.Equal("""{"verb":"roles.topic","v":1,"cardId":"card-42","topicId":"role.mentor"}""", action.Data!.Value.GetRawText());
    }

    [Fact]
    public void Read_DataSubmittedWithInputValues_GivesThePayloadAndCardId()
    {
        using var data = JsonDocument.Parse("""{"verb":"support.ask","v":1,"cardId":"card-42","topicId":"role.data-coach","comment":"typed by user"}""");

        var read = CardActionPayload.Read<SupportAskPayload>(data.RootElement);

        Assert.True(read.Succeeded);
        Assert.Equal(CardActionReadStatus.Read, read.Status);
        Assert.Equal(new SupportAskPayload("role.data-coach"), read.Payload);
        Assert.Equal("card-42", read.CardId);
    }

    [Fact]
    public void WriteThenRead_EveryPayload_RoundTrips()
    {
        AssertRoundTrip(new RunCommandPayload("help"));
        AssertRoundTrip(new RoleTopicPayload("overview.roles-2014"));
        AssertRoundTrip(new RolesNonePayload());
        AssertRoundTrip(new SupportAskPayload("role.mentor"));
    }

    [Theory]
    [InlineData("""{"verb":"roles.none","v":1,"cardId":"c","topicId":"x"}""", CardActionReadStatus.WrongVerb)]
    [InlineData("""{"v":1,"cardId":"c","topicId":"x"}""", CardActionReadStatus.WrongVerb)]
    [InlineData("""{"verb":"roles.topic","v":1,"topicId":"x"}""", CardActionReadStatus.MissingCardId)]
    [InlineData("""{"verb":"roles.topic","v":1,"cardId":"","topicId":"x"}""", CardActionReadStatus.MissingCardId)]
    [InlineData("""{"verb":"roles.topic","cardId":"c","topicId":"x"}""", CardActionReadStatus.MissingVersion)]
    [InlineData("""{"verb":"roles.topic","v":"1","cardId":"c","topicId":"x"}""", CardActionReadStatus.MissingVersion)]
    [InlineData("""{"verb":"roles.topic","v":1.5,"cardId":"c","topicId":"x"}""", CardActionReadStatus.MissingVersion)]
    [InlineData("""{"verb":"roles.topic","v":0,"cardId":"c","topicId":"x"}""", CardActionReadStatus.OtherVersion)]
    [InlineData("""{"verb":"roles.topic","v":2,"cardId":"c","topicId":"x"}""", CardActionReadStatus.OtherVersion)]
    [InlineData("""{"verb":"roles.topic","v":1,"cardId":"c"}""", CardActionReadStatus.InvalidFields)]
    [InlineData("""{"verb":"roles.topic","v":1,"cardId":"c","topicId":null}""", CardActionReadStatus.InvalidFields)]
    [InlineData("""{"verb":"roles.topic","v":1,"cardId":"c","topicId":42}""", CardActionReadStatus.InvalidFields)]
    [InlineData("""["roles.topic"]""", CardActionReadStatus.NotAnObject)]
    [InlineData("\"roles.topic\"", CardActionReadStatus.NotAnObject)]
    public void Read_WrongOrMissingFields_FailsWithAReasonInsteadOfThrowing(string json, CardActionReadStatus expected)
    {
        using var data = JsonDocument.Parse(json);

        var read = CardActionPayload.Read<RoleTopicPayload>(data.RootElement);

        Assert.False(read.Succeeded);
        Assert.Equal(expected, read.Status);
        Assert.Null(read.Payload);
        Assert.False(string.IsNullOrWhiteSpace(read.Error));
    }

    [Fact]
    public void Read_OtherVersion_StillTellsWhichCardItCameFrom()
    {
        using var data = JsonDocument.Parse("""{"verb":"roles.topic","v":9,"cardId":"old-card","topicId":"x"}""");

        var read = CardActionPayload.Read<RoleTopicPayload>(data.RootElement);

        Assert.Equal(CardActionReadStatus.OtherVersion, read.Status);
        Assert.Equal("old-card", read.CardId);
        Assert.Equal(9, read.Version);
    }

    [Theory]
    [InlineData("""{"verb":"command.run","command":"help"}""", "command.run")]
    [InlineData("""{"command":"help"}""", null)]
    [InlineData("""{"verb":7}""", null)]
    [InlineData("[]", null)]
    public void ReadVerb_GivesTheDataVerbOrNull(string json, string? expected)
    {
        using var data = JsonDocument.Parse(json);

        Assert.Equal(expected, CardActionPayload.ReadVerb(data.RootElement));
    }

    [Fact]
    public void Verbs_AreDistinctAcrossPayloadTypes()
    {
        string[] verbs = [RunCommandPayload.Verb, RoleTopicPayload.Verb, RolesNonePayload.Verb, SupportAskPayload.Verb];

        Assert.Equal(verbs.Length, verbs.Distinct(StringComparer.Ordinal).Count());
    }

    private static void AssertRoundTrip<T>(T payload)
        where T : class, ICardActionPayload<T>
    {
        var action = CardActionPayload.Execute("Button", payload, CardId);

        var read = CardActionPayload.Read<T>(action.Data!.Value);

        Assert.True(read.Succeeded, read.Error);
        Assert.Equal(payload, read.Payload);
        Assert.Equal(CardId, read.CardId);
        Assert.Equal(T.Verb, action.Verb);
    }
}

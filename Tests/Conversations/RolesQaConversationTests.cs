using CoachBot.Cards.Actions;
using CoachBot.Cards.Views.Requests;
using CoachBot.Cards.Views.Roles;
using CoachBot.Tests.Infrastructure.Host;
using CoachBot.Tests.Infrastructure.InMemory;
using CoachBot.Tests.Requests;

namespace CoachBot.Tests.Conversations;

/// <summary>The roles Q&amp;A as a user meets it in chat.</summary>
public sealed class RolesQaConversationTests : IDisposable
{
    private readonly EngineChatDriver _driver = new();

    private ChatScript Chat() => new(new ChatSession(_driver, ChatUser.Alice, ChatPlace.Personal(ChatUser.Alice)));

    [Fact]
    public async Task ClearQuestion_GetsTheAnswerCardWithTheRolesOriginTheAuthorsViewAndTheArticlesWords()
    {
        await Chat()
            .Send("What does a data coach do?")
            .ExpectCard(RoleAnswerCard.Kind, card =>
            {
                CardAssert.Contains(card, "Data Coach");
                CardAssert.Contains(card, "data teams");
                CardAssert.Contains(card, "“Professional development provider becomes data coach and learning facilitator.”");
                CardAssert.Contains(card, "— Jean Tower, Role of the Instructional Technology Specialist");
                CardAssert.Contains(card, "Was this helpful?");
                CardAssert.Contains(card, "👍 Yes");
                CardAssert.Contains(card, "👎 No");
                CardAssert.Contains(card, "Ask a coach about this");
            })
            .ExpectNoMoreReplies();
    }

    [Fact]
    public async Task FollowUps_AreReadInTheContextOfThePreviousAnswer()
    {
        await Chat()
            .Send("What does a data coach do?").ExpectCard(RoleAnswerCard.Kind, card => CardAssert.Contains(card, "Data Coach"))
            .Send("what about in 2013?").ExpectCard(RoleAnswerCard.Kind, card => CardAssert.Contains(card, "professional development"))
            .Send("and the mentor?").ExpectCard(RoleAnswerCard.Kind, card => CardAssert.Contains(card, "Mentor"))
            .Send("tell me more").ExpectCard(RoleMoreCard.Kind, card => CardAssert.Contains(card, "More on Mentor"))
            .ExpectNoMoreReplies();
    }

    [Fact]
    public async Task VagueQuestion_GetsDidYouMean_AndAChoiceReplacesItWithTheAnswer()
    {
        await Chat()
            .Send("tell me about coaching").ExpectCard(DidYouMeanCard.Kind, card => CardAssert.Contains(card, "None of these"))
            .Execute(RoleTopicPayload.VerbName).ExpectInvokeCard(RoleAnswerCard.Kind)
            .ExpectCardUpdated(RoleAnswerCard.Kind)
            .ExpectNoMoreReplies();
    }

    [Fact]
    public async Task NoneOfThese_SaysHowToAskInstead()
    {
        await Chat()
            .Send("tell me about coaching").ExpectCard(DidYouMeanCard.Kind)
            .Execute(RolesNonePayload.VerbName).ExpectInvokeMessage("none of those");
    }

    [Fact]
    public async Task RelatedTopicButton_PostsThatAnswerBelow()
    {
        await Chat()
            .Send("What does a data coach do?").ExpectCard(RoleAnswerCard.Kind)
            .Execute(RoleTopicPayload.VerbName).ExpectInvokeMessage("Here's")
            .ExpectCard(RoleAnswerCard.Kind)
            .ExpectNoMoreReplies();
    }

    [Fact]
    public async Task AskACoachButton_OpensTheRequestForm_WithTheQuestionAndItsRole()
    {
        await Chat()
            .Send("What does a mentor do?").ExpectCard(RoleAnswerCard.Kind)
            .Execute(SupportAskPayload.VerbName).ExpectInvokeMessage("Fill in the request form below")
            .ExpectCard(RequestFormCard.Kind, card =>
            {
                Assert.Equal("What does a mentor do?", CardInputs.ValueOf(card, RequestFormCard.NeedInput));
                Assert.Equal("role.mentor", CardInputs.ValueOf(card, RequestFormCard.RoleInput));
            })
            .ExpectNoMoreReplies();
    }

    [Theory]
    [InlineData("what's the weather like tomorrow?")]
    [InlineData("how do I reset my password")]
    [InlineData("hello")]
    public async Task OutOfScope_GetsTheFriendlyReplyThatSaysWhatCoachBotCanDo(string question)
    {
        await Chat().Send(question).ExpectTextContaining("roles of a technology integration coach").ExpectNoMoreReplies();
    }

    [Fact]
    public async Task RolesCommand_ShowsTheTenRolesOneButtonEach_AndEachOpensItsAnswer()
    {
        ChatReply? roles = null;
        await Chat().Send("roles").ExpectCard(RoleAnswerCard.Kind, card =>
            {
                roles = card;
                var rows = CardAssert.Body(card)[0].GetProperty("items").EnumerateArray()
                    .Where(item => item.GetProperty("type").GetString() == "ActionSet" && item.GetProperty("actions").GetArrayLength() == 1)
                    .Select(item => item.GetProperty("actions")[0].GetProperty("title").GetString())
                    .ToList();
                Assert.Equal(
                    ["1. Data Coach", "2. Resource Provider", "3. Mentor", "4. Curriculum Specialist", "5. Instructional Specialist",
                     "6. Classroom Supporter", "7. Learning Facilitator", "8. School Leader", "9. Catalyst for Change", "10. Learner"],
                    rows);
                Assert.False(card.Card!.Value.TryGetProperty("actions", out var actions) && actions.GetArrayLength() > 1, "the roles are body rows, not card actions");
                CardAssert.Contains(card, "“Maggie selects and describes ten primary roles of the technology integration coach…”");
            })
            .Then(CardButtons.Press(() => roles, "9. Catalyst for Change"))
            .ExpectInvokeMessage("Here's Catalyst for Change")
            .ExpectCard(RoleAnswerCard.Kind, card => CardAssert.Contains(card, "proactive catalyst for change"))
            .ExpectNoMoreReplies();
    }

    public void Dispose() => _driver.Dispose();
}

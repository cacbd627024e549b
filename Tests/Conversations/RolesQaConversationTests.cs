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
    public async Task ClearQuestion_GetsTheAnswerCardWithTheRolesOriginAndTheAuthorsView()
    {
        await Chat()
            .Send("What does a data coach do?")
            .ExpectCard(RoleAnswerCard.Kind, card =>
            {
                CardAssert.Contains(card, "Data Coach");
                CardAssert.Contains(card, "data teams");
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
            .Send("tell me more").ExpectCard(RoleAnswerCard.Kind, card => CardAssert.Contains(card, "Mentor"))
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
    public async Task RolesCommand_ShowsTheTenRoles()
    {
        await Chat().Send("roles").ExpectCard(RoleAnswerCard.Kind, card =>
        {
            CardAssert.Contains(card, "Catalyst for Change");
            CardAssert.Contains(card, "Learner");
        });
    }

    public void Dispose() => _driver.Dispose();
}

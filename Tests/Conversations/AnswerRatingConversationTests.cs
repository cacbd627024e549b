using CoachBot.Cards.Views.Roles;
using CoachBot.Dialogs.Features.RolesQa;
using CoachBot.Tests.Infrastructure.Host;
using CoachBot.Tests.Infrastructure.InMemory;
using Microsoft.Extensions.DependencyInjection;

namespace CoachBot.Tests.Conversations;

/// <summary>
/// "Was this helpful?" on every answer card: a 👍 or 👎 gives back the same card with "Thanks" in that row; one rating per
/// person and card; a button from another chat, an old or forged one gets a friendly sentence, never an error.
/// </summary>
public sealed class AnswerRatingConversationTests : IDisposable
{
    private readonly EngineChatDriver _driver = new();

    private ChatScript Chat(ChatUser? user = null, ChatPlace? place = null, IChatDriver? driver = null) =>
        new(new ChatSession(driver ?? _driver, user ?? ChatUser.Alice, place ?? ChatPlace.Personal(user ?? ChatUser.Alice)));

    private IAnswerStatsStore Stats => _driver.Services.GetRequiredService<IAnswerStatsStore>();

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_thumbs_up_shows_the_same_card_with_thanks_in_place_and_a_second_rating_is_refused_politely(bool overHttp)
    {
        using var factory = overHttp ? new CoachBotFactory() : null;
        IChatDriver driver = factory is null ? _driver : new HttpChatDriver(factory);
        ChatReply? answer = null;
        await Chat(driver: driver)
            .Send("What does a mentor do?")
            .ExpectCard(RoleAnswerCard.Kind, card => answer = card)
            .Then(CardButtons.Press(() => answer, RoleAnswerCard.HelpfulTitle))
            .ExpectInvokeCard(RoleAnswerCard.Kind)
            .Then(s =>
            {
                var replaced = new ChatReply("", null, null, RoleAnswerCard.Kind, s.InvokeBody("the card").GetProperty("value"), false);
                var text = replaced.CardText();
                Assert.Contains(RoleAnswerCard.FeedbackThanks, text, StringComparison.Ordinal);
                Assert.DoesNotContain(RoleAnswerCard.FeedbackQuestion, text, StringComparison.Ordinal);
                Assert.DoesNotContain(RoleAnswerCard.HelpfulTitle, text, StringComparison.Ordinal);
                // The same answer, quote and buttons as before: only the rating row changed.
                Assert.Equal(
                    answer!.CardText().Replace($" | {RoleAnswerCard.FeedbackQuestion} | {RoleAnswerCard.HelpfulTitle} | {RoleAnswerCard.NotHelpfulTitle}", $" | {RoleAnswerCard.FeedbackThanks}", StringComparison.Ordinal),
                    text);
                Assert.Contains("What does a mentor do?", replaced.Card!.Value.GetRawText(), StringComparison.Ordinal);
                return Task.CompletedTask;
            })
            .ExpectCardUpdated(RoleAnswerCard.Kind)
            // Teams on another device still shows the buttons: a second rating is refused, and changes nothing.
            .Then(CardButtons.Press(() => answer, RoleAnswerCard.NotHelpfulTitle))
            .ExpectInvokeMessage(RolesVoteVerb.AlreadyRatedText)
            .Then(CardButtons.Press(() => answer, RoleAnswerCard.HelpfulTitle))
            .ExpectInvokeMessage(RolesVoteVerb.AlreadyRatedText)
            .ExpectNoMoreReplies();

        var services = factory?.Services ?? _driver.Services;
        var mentor = Assert.Single(await services.GetRequiredService<IAnswerStatsStore>().TopicStatsAsync(TestContext.Current.CancellationToken));
        Assert.Equal(new TopicStats(TopicIds.Mentor, 1, 1, 0, new DateOnly(2026, 11, 30)), mentor);
    }

    [Fact]
    public async Task In_a_channel_everyone_may_rate_the_answer_once_and_the_card_stays_for_the_others()
    {
        var channel = ChatPlace.Channel("staff");
        ChatReply? answer = null;
        await Chat(ChatUser.Alice, channel)
            .Send("What does a data coach do?")
            .ExpectCard(RoleAnswerCard.Kind, card => answer = card)
            .Then(CardButtons.Press(() => answer, RoleAnswerCard.HelpfulTitle))
            .ExpectInvokeMessage(RolesVoteVerb.ThanksText)
            .As(ChatUser.Bob)
            .Then(CardButtons.Press(() => answer, RoleAnswerCard.NotHelpfulTitle))
            .ExpectInvokeMessage(RolesVoteVerb.ThanksText)
            .As(ChatUser.Alice)
            .Then(CardButtons.Press(() => answer, RoleAnswerCard.NotHelpfulTitle))
            .ExpectInvokeMessage(RolesVoteVerb.AlreadyRatedText)
            .ExpectNoMoreReplies();

        var stats = Assert.Single(await Stats.TopicStatsAsync(TestContext.Current.CancellationToken));
        Assert.Equal((1, 1, 1), (stats.Answers, stats.Helpful, stats.NotHelpful));
    }

    [Fact]
    public async Task A_rating_pressed_as_an_older_clients_submit_is_thanked_in_a_message()
    {
        await Chat()
            .Send("What does a learner do?").ExpectCard(RoleAnswerCard.Kind)
            .Submit(RoleVotePayload.VerbName)
            .ExpectText(RolesVoteVerb.ThanksText)
            .ExpectNoMoreReplies();
    }

    [Fact]
    public async Task A_card_from_another_chat_forged_or_out_of_date_buttons_and_an_expired_answer_get_a_friendly_answer()
    {
        ChatReply? answer = null;
        await Chat()
            .Send("What does a mentor do?")
            .ExpectCard(RoleAnswerCard.Kind, card => answer = card)
            // Bob sends Alice's button from his own chat.
            .As(ChatUser.Bob).In(ChatPlace.Personal(ChatUser.Bob))
            .Then(CardButtons.Press(() => answer, RoleAnswerCard.HelpfulTitle))
            .ExpectInvokeMessage(RolesVoteVerb.OtherChatText)
            .As(ChatUser.Alice).In(ChatPlace.Personal(ChatUser.Alice))
            // A button of another version of the card; one made to name another topic, another card, another time, no signature.
            .Then(CardButtons.PressEdited(() => answer, RoleAnswerCard.HelpfulTitle, data => data["v"] = 2))
            .ExpectInvokeMessage("This card is out of date")
            .Then(CardButtons.PressEdited(() => answer, RoleAnswerCard.HelpfulTitle, data => data["topicId"] = TopicIds.DataCoach))
            .ExpectInvokeMessage(RolesVoteVerb.OtherChatText)
            .Then(CardButtons.PressEdited(() => answer, RoleAnswerCard.HelpfulTitle, data => data["cardId"] = "0193a5c0000070008000000000000099"))
            .ExpectInvokeMessage(RolesVoteVerb.OtherChatText)
            .Then(CardButtons.PressEdited(() => answer, RoleAnswerCard.HelpfulTitle, data => data["at"] = data["at"]!.GetValue<long>() + 86_400))
            .ExpectInvokeMessage(RolesVoteVerb.OtherChatText)
            .Then(CardButtons.PressEdited(() => answer, RoleAnswerCard.HelpfulTitle, data => data["sig"] = "AAAAAAAAAAAAAAAAAAAAAA"))
            .ExpectInvokeMessage(RolesVoteVerb.OtherChatText)
            .Then(CardButtons.PressEdited(() => answer, RoleAnswerCard.HelpfulTitle, data => data.Remove("sig")))
            .ExpectInvokeMessage("This card is out of date")
            .Then(CardButtons.PressEdited(() => answer, RoleAnswerCard.HelpfulTitle, data => data["helpful"] = "very"))
            .ExpectInvokeMessage("This card is out of date")
            .ExpectNoMoreReplies();

        // Nothing was counted but the answer.
        var stats = Assert.Single(await Stats.TopicStatsAsync(TestContext.Current.CancellationToken));
        Assert.Equal((1, 0, 0), (stats.Answers, stats.Helpful, stats.NotHelpful));

        // A month on, the answer can no longer be rated; it stays counted.
        _driver.Time.AdjustTime(_driver.Time.GetUtcNow() + AnswerLearning.RatingWindow + TimeSpan.FromMinutes(1));
        await Chat()
            .Then(CardButtons.Press(() => answer, RoleAnswerCard.HelpfulTitle))
            .ExpectInvokeMessage(RolesVoteVerb.TooOldText)
            .ExpectNoMoreReplies();
        stats = Assert.Single(await Stats.TopicStatsAsync(TestContext.Current.CancellationToken));
        Assert.Equal((1, 0, 0), (stats.Answers, stats.Helpful, stats.NotHelpful));
    }

    public void Dispose() => _driver.Dispose();
}

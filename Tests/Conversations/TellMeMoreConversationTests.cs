using CoachBot.Cards.Views.Roles;
using CoachBot.Dialogs.Features.RolesQa;
using CoachBot.Tests.Infrastructure;
using CoachBot.Tests.Infrastructure.Host;
using CoachBot.Tests.Infrastructure.InMemory;

namespace CoachBot.Tests.Conversations;

/// <summary>
/// "Tell me more" (or "more", "why?") after an answer adds only what the answer card did not show — the article's passage
/// in full, the 2013 competency the role grew from, the author's added tasks — then says nothing is left and offers the
/// related topics, and never shows the same card twice. The same after a did-you-mean choice.
/// </summary>
public sealed class TellMeMoreConversationTests : IDisposable
{
    private readonly EngineChatDriver _driver = new();

    private ChatScript Chat(EngineChatDriver? driver = null) => new(new ChatSession(driver ?? _driver, ChatUser.Alice, ChatPlace.Personal(ChatUser.Alice)));

    [Fact]
    public async Task Tell_me_more_twice_after_an_answer_adds_the_passage_the_2013_competency_and_the_tasks_then_says_nothing_is_left()
    {
        await Chat()
            .Send("What does a data coach do?")
            .ExpectCard(RoleAnswerCard.Kind, card => CardAssert.Contains(card, "reading assessment results"))
            .Send("tell me more")
            .ExpectCard(RoleMoreCard.Kind, card =>
            {
                CardAssert.Contains(card, "More on Data Coach");
                // The passage in full: the quote's paragraph, beyond the quote the answer card showed.
                CardAssert.Contains(card, "The article's passage in full");
                CardAssert.Contains(card, "Professional development provider becomes data coach and learning facilitator. Teach digital citizenship has been dropped");
                CardAssert.Contains(card, "— Jean Tower, Role of the Instructional Technology Specialist");
                // The linked 2013 competency, and the author's task that goes with the role.
                CardAssert.Contains(card, "In 2013: Provide professional development (2013)");
                CardAssert.Contains(card, "In 2014 it became two roles");
                CardAssert.Contains(card, "A task the author would add");
                CardAssert.Contains(card, "Take part in assessing and evaluating technology programs");
                // Nothing the answer card showed.
                Assert.DoesNotContain("reading assessment results", card.CardText(), StringComparison.Ordinal);
                Assert.DoesNotContain("data teams led by the school principal", card.CardText(), StringComparison.Ordinal);
                Assert.DoesNotContain("Was this helpful?", card.CardText(), StringComparison.Ordinal);
            })
            .Send("more")
            .ExpectCard(RoleMoreCard.NothingMoreKind, card =>
            {
                CardAssert.Contains(card, "That's all on Data Coach");
                CardAssert.Contains(card, "I've nothing more to add on Data Coach");
                Assert.Equal(["Learning Facilitator", "What the author would take off the coach's plate", "Provide professional development (2013)", "Ask a coach about this"], CardButtons.Titles(card));
            })
            .Send("why?")
            .ExpectText(AnswerLearning.AlreadyShownEverything("Data Coach"))
            .ExpectNoMoreReplies();
    }

    [Fact]
    public async Task Tell_me_more_twice_after_a_did_you_mean_choice_continues_from_the_chosen_topic()
    {
        ChatReply? didYouMean = null;
        await Chat()
            .Send("tell me about coaching")
            .ExpectCard(DidYouMeanCard.Kind, card => didYouMean = card)
            .Then(CardButtons.Press(() => didYouMean, "The ten roles of a technology integration coach"))
            .ExpectInvokeCard(RoleAnswerCard.Kind)
            .ExpectCardUpdated(RoleAnswerCard.Kind)
            .Send("tell me more")
            .ExpectCard(RoleMoreCard.Kind, card =>
            {
                CardAssert.Contains(card, "More on The ten roles of a technology integration coach");
                CardAssert.Contains(card, "“In her updated recent post, she shifts to a newer incarnation of the role – the technology integration coach – and refers to the ISTE tech coach standards");
                CardAssert.Contains(card, "Data Coach, Resource Provider, Mentor, Curriculum Specialist");
                Assert.DoesNotContain("In 2013:", card.CardText(), StringComparison.Ordinal);
            })
            .Send("tell me more")
            .ExpectCard(RoleMoreCard.NothingMoreKind, card =>
            {
                CardAssert.Contains(card, "That's all on The ten roles of a technology integration coach");
                Assert.Equal(["The seven competencies of 2013", "What changed between 2013 and 2014", "The ISTE standards for coaches", "Ask a coach about this"], CardButtons.Titles(card));
            })
            .ExpectNoMoreReplies();
    }

    [Fact]
    public async Task A_new_answer_starts_over_and_more_before_any_answer_asks_what_about()
    {
        await Chat()
            .Send("tell me more").ExpectText(AnswerLearning.MoreOfWhat)
            .Send("What does a mentor do?").ExpectCard(RoleAnswerCard.Kind)
            .Send("more").ExpectCard(RoleMoreCard.Kind, card => CardAssert.Contains(card, "More on Mentor"))
            .Send("what about in 2013?").ExpectCard(RoleAnswerCard.Kind, card => CardAssert.Contains(card, "Collaborate (2013)"))
            .Send("more").ExpectCard(RoleMoreCard.Kind, card => CardAssert.Contains(card, "More on Collaborate (2013)"))
            .ExpectNoMoreReplies();
    }

    [Fact]
    public async Task When_the_answer_card_showed_everything_the_first_more_says_there_is_nothing_more_to_add()
    {
        // An edited knowledge folder whose "sources" topic quotes its whole passage: it has no 2013 competency and no tasks.
        var folder = Directory.CreateTempSubdirectory("coachbot-knowledge-");
        try
        {
            foreach (var file in Directory.GetFiles(CoachBot.Tests.RolesQa.KnowledgeFixture.KnowledgeDirectory, "*.md"))
            {
                File.Copy(file, Path.Combine(folder.FullName, Path.GetFileName(file)));
            }

            var sources = Path.Combine(folder.FullName, "about.sources.md");
            var content = File.ReadAllText(sources);
            File.WriteAllText(sources, content[..content.IndexOf("## From the article", StringComparison.Ordinal)]);
            using var driver = new EngineChatDriver(settings: new Dictionary<string, string?> { ["Knowledge:Path"] = folder.FullName });

            await Chat(driver)
                .Send("where does this knowledge come from?")
                .ExpectCard(RoleAnswerCard.Kind, card => CardAssert.Contains(card, "Where this knowledge comes from"))
                .Send("tell me more")
                .ExpectCard(RoleMoreCard.NothingMoreKind, card =>
                {
                    CardAssert.Contains(card, "I've nothing more to add on Where this knowledge comes from");
                    Assert.Contains("The ten roles of a technology integration coach", CardButtons.Titles(card));
                })
                .Send("tell me more")
                .ExpectText(AnswerLearning.AlreadyShownEverything("Where this knowledge comes from"))
                .ExpectNoMoreReplies();
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    public void Dispose() => _driver.Dispose();
}

using CoachBot.Bot.Storage;
using CoachBot.Cards.Views;
using CoachBot.Cards.Views.Roles;
using CoachBot.Dialogs.Features.RolesQa;
using CoachBot.Tests.Conversations;
using CoachBot.Tests.Infrastructure.Host;
using CoachBot.Tests.Requests;

namespace CoachBot.Tests.RolesQa;

/// <summary>
/// <c>qa report</c>: lead coaches and admins see, privately, the answers given and their 👍 / 👎 per topic and the questions
/// CoachBot was not sure about (once asked three times); those questions are kept without who asked, cleaned, and only for
/// <c>Privacy:KeepUnansweredDays</c>. A teacher cannot run it.
/// </summary>
public sealed class QaReportTests : IDisposable
{
    private static readonly ChatUser Teacher = SchoolWorld.Teacher;
    private static readonly ChatUser Admin = SchoolWorld.Admin;

    private readonly SchoolWorld _world = new(oneSchool: true);

    [Fact]
    public async Task The_report_shows_answers_and_ratings_per_topic_and_the_question_asked_three_times()
    {
        ChatReply? dataCoach = null;
        await _world.Chat(Teacher)
            .Send("What does a data coach do?").ExpectCard(RoleAnswerCard.Kind, card => dataCoach = card)
            .Then(CardButtons.Press(() => dataCoach, RoleAnswerCard.HelpfulTitle)).ExpectInvokeCard(RoleAnswerCard.Kind).ExpectCardUpdated(RoleAnswerCard.Kind)
            .Send("Is the data coach a new role?").ExpectCard(RoleAnswerCard.Kind)
            .Send("What does a mentor do?").ExpectCard(RoleAnswerCard.Kind, card => dataCoach = card)
            .Then(CardButtons.Press(() => dataCoach, RoleAnswerCard.NotHelpfulTitle)).ExpectInvokeCard(RoleAnswerCard.Kind).ExpectCardUpdated(RoleAnswerCard.Kind)
            .Send("How much does a tech coach earn?").ExpectTextContaining("I'm not sure")
            .Send("how much does a tech coach EARN").ExpectTextContaining("I'm not sure")
            .Send("What's the weather tomorrow?").ExpectTextContaining("I'm not sure")
            .ExpectNoMoreReplies();

        // Asked twice: not shown yet.
        await _world.Chat(Admin).Send("qa report").ExpectCard(QaReportCard.Kind, card =>
        {
            CardAssert.Contains(card, "Since 30 November 2026: 3 answers given; ratings: 👍 helpful 1, 👎 not helpful 1.");
            CardAssert.Contains(card, "- **Data Coach**: 2 answers · 👍 helpful 1 · 👎 not helpful 0");
            CardAssert.Contains(card, "- **Mentor**: 1 answer · 👍 helpful 0 · 👎 not helpful 1");
            CardAssert.Contains(card, "None asked 3 times or more in the last 90 days.");
        });

        await _world.Chat(ChatUser.Bob).Send("How much does a tech coach earn?").ExpectTextContaining("I'm not sure");

        await _world.Chat(Admin).Send("qa report").ExpectCard(QaReportCard.Kind, card =>
        {
            CardAssert.Contains(card, "3× — How much does a tech coach earn?");
            Assert.DoesNotContain("weather", card.CardText(), StringComparison.OrdinalIgnoreCase);
            CardAssert.Contains(card, "kept anonymously for 90 days: without who asked, cut to 200 characters, with mentions, e-mail addresses and digits removed");
        }).ExpectNoMoreReplies();
    }

    [Fact]
    public async Task A_teacher_cannot_run_the_report_and_a_lead_coach_gets_it_privately_when_asking_in_a_channel()
    {
        await _world.Chat(Teacher).Send("qa report").ExpectText(QaReportCommand.OnlyLeadsAndAdmins).ExpectNoMoreReplies();
        await _world.Chat(Teacher, SchoolWorld.StaffChannel).Send("qa report")
            .ExpectPrivate(reply => Assert.Equal(QaReportCommand.OnlyLeadsAndAdmins, reply.Text))
            .ExpectText("I've sent you a private message.")
            .ExpectNoMoreReplies();

        await _world.GrantAsync("lead coach", SchoolWorld.LeadCoach);
        await _world.SayHelloAsync(SchoolWorld.LeadCoach);
        await _world.Chat(SchoolWorld.LeadCoach, SchoolWorld.StaffChannel).Send("qa report")
            .ExpectPrivate(reply => Assert.Equal(QaReportCard.Kind, reply.CardKind))
            .ExpectText("I've sent you a private message.")
            .ExpectNoMoreReplies();
    }

    [Fact]
    public async Task The_questions_are_kept_without_who_asked_mentions_email_addresses_or_digits_and_nothing_holds_a_user_id()
    {
        var question = "How much does a tech coach earn in 2026? Ask jane.doe@lincoln.example.org or <at>Bob Brown</at>, room 12";
        await _world.Chat(Teacher).Send(question).ExpectTextContaining("I'm not sure")
            .Send(question).ExpectTextContaining("I'm not sure")
            .Send(question).ExpectTextContaining("I'm not sure")
            .Send("What does a mentor do?").ExpectCard(RoleAnswerCard.Kind);

        ChatReply? report = null;
        await _world.Chat(Admin).Send("qa report").ExpectCard(QaReportCard.Kind, card =>
        {
            report = card;
            CardAssert.Contains(card, "3× — How much does a tech coach earn in? Ask or, room");
        });

        var rows = await _world.Get<SqliteDatabase>().ReadAsync(session =>
        {
            var values = new List<string>();
            foreach (var table in new[] { "qa_unanswered", "qa_topic_days" })
            {
                using var reader = session.Query($"SELECT * FROM {table};");
                while (reader.Read())
                {
                    for (var i = 0; i < reader.FieldCount; i++)
                    {
                        values.Add(Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture) ?? "");
                    }
                }
            }

            return values;
        }, TestContext.Current.CancellationToken);

        Assert.Contains("How much does a tech coach earn in? Ask or, room", rows);
        foreach (var identifying in new[] { Teacher.Id, Teacher.AadObjectId, Teacher.Name, "Alice", ChatPlace.Personal(Teacher).ConversationId, "jane.doe", "Bob Brown" })
        {
            Assert.DoesNotContain(rows, value => value.Contains(identifying, StringComparison.OrdinalIgnoreCase));
            Assert.DoesNotContain(identifying, report!.Card!.Value.GetRawText(), StringComparison.OrdinalIgnoreCase);
        }

        Assert.DoesNotContain(rows, value => value.StartsWith("How much", StringComparison.Ordinal) && value.Any(char.IsDigit));

        Assert.DoesNotContain(Admin.AadObjectId, report!.Card!.Value.GetRawText(), StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("12345 999")]
    [InlineData("<at>Bob Brown</at> 42 jane@example.org")]
    public void A_question_with_nothing_left_after_cleaning_is_not_kept(string typed)
    {
        Assert.Null(UnansweredQuestion.From(typed));
    }

    [Fact]
    public void A_question_is_cut_to_200_characters_and_grouped_ignoring_case_and_punctuation()
    {
        var kept = UnansweredQuestion.From(new string('a', 150) + " @jane " + new string('b', 100))!;

        Assert.Equal(UnansweredQuestion.MaxLength, kept.Text.Length);
        Assert.DoesNotContain("jane", kept.Text, StringComparison.Ordinal);
        Assert.Equal(UnansweredQuestion.From("What's a tech-coach's salary?")!.Key, UnansweredQuestion.From("whats a techcoachs SALARY")!.Key);
    }

    [Fact]
    public async Task Questions_are_deleted_when_KeepUnansweredDays_have_passed_by_the_purge_job()
    {
        await AskThreeTimesAsync("How much does a tech coach earn?");
        _world.Time.AdjustTime(_world.Time.GetUtcNow().AddDays(89));
        await AskThreeTimesAsync("Do tech coaches get summers off?");

        await _world.Chat(Admin).Send("qa report").ExpectCard(QaReportCard.Kind, card =>
        {
            CardAssert.Contains(card, "3× — How much does a tech coach earn?");
            CardAssert.Contains(card, "3× — Do tech coaches get summers off?");
        });
        Assert.Equal(6, await CountKeptAsync());

        // The job is due when the oldest question is 90 days old: it deletes those, and comes back for the others.
        _world.Time.AdjustTime(_world.Time.GetUtcNow().AddDays(1).AddMinutes(1));
        await _world.Chat(Admin).Then(_world.RunJobs()).ExpectNoMoreReplies();
        Assert.Equal(3, await CountKeptAsync());

        _world.Time.AdjustTime(_world.Time.GetUtcNow().AddDays(89));
        await _world.Chat(Admin).Then(_world.RunJobs()).ExpectNoMoreReplies();
        Assert.Equal(0, await CountKeptAsync());
        await _world.Chat(Admin).Send("qa report").ExpectCard(QaReportCard.Kind, card => CardAssert.Contains(card, "None asked 3 times or more"));
    }

    [Fact]
    public async Task With_KeepUnansweredDays_zero_no_question_is_kept()
    {
        using var world = new SchoolWorld(oneSchool: true, settings: new Dictionary<string, string?> { ["Privacy:KeepUnansweredDays"] = "0" });
        await world.Chat(Teacher)
            .Send("How much does a tech coach earn?").ExpectTextContaining("I'm not sure")
            .Send("How much does a tech coach earn?").ExpectTextContaining("I'm not sure")
            .Send("How much does a tech coach earn?").ExpectTextContaining("I'm not sure");

        await world.Chat(Admin).Send("qa report").ExpectCard(QaReportCard.Kind, card =>
        {
            CardAssert.Contains(card, "None kept: Privacy:KeepUnansweredDays is 0.");
            CardAssert.Contains(card, "Questions I can't answer are not kept.");
        });
        Assert.Equal(0, await world.Get<SqliteDatabase>().ReadAsync(session => Convert.ToInt32(session.Scalar("SELECT COUNT(*) FROM qa_unanswered;"), System.Globalization.CultureInfo.InvariantCulture), TestContext.Current.CancellationToken));
    }

    [Fact]
    public void Help_tells_everyone_that_unanswered_questions_are_kept_anonymously()
    {
        var help = HelpCard.Create(CoachBot.Tests.Infrastructure.HostFeatures.Help(personal: true), "help-1");

        Assert.Contains(
            "Questions I can't answer are kept anonymously (not who asked; mentions, e-mail addresses and digits removed) for 90 days unless your school chose otherwise",
            CoachBot.Tests.Cards.Views.CardInspection.AllText(help),
            StringComparison.Ordinal);
    }

    private Task AskThreeTimesAsync(string question) =>
        _world.Chat(Teacher)
            .Send(question).ExpectTextContaining("I'm not sure")
            .Send(question).ExpectTextContaining("I'm not sure")
            .Send(question).ExpectTextContaining("I'm not sure")
            .Then(s => Task.CompletedTask)
            .GetAwaiterTask();

    private Task<int> CountKeptAsync() =>
        _world.Get<SqliteDatabase>().ReadAsync(
            session => Convert.ToInt32(session.Scalar("SELECT COUNT(*) FROM qa_unanswered;"), System.Globalization.CultureInfo.InvariantCulture),
            TestContext.Current.CancellationToken);

    public void Dispose() => _world.Dispose();
}

internal static class ChatScriptTasks
{
    public static async Task GetAwaiterTask(this ChatScript script) => await script;
}

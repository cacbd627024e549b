using System.Globalization;
using System.Text.Json;
using CoachBot.Cards.Views.Goals;
using CoachBot.Dialogs.Features.Goals;
using CoachBot.Dialogs.School;
using CoachBot.Tests.Infrastructure.Host;

namespace CoachBot.Tests.Goals;

/// <summary>Bad input of every kind gets a friendly answer naming what to fix, and nothing is saved or lost.</summary>
public sealed class GoalInputTests : IDisposable
{
    private static readonly SchoolYear Year = new(new DateOnly(2026, 8, 1), new DateOnly(2027, 7, 31), "2026–27");
    private static readonly DateOnly Today = new(2026, 11, 30);
    private readonly GoalsChat _chat = new();

    public static TheoryData<object, string> BadForms() => new()
    {
        { new { title = "   ", serves = "role.mentor", target = "3" }, "Please write the goal in a few words." },
        { new { title = new string('x', 201), serves = "role.mentor", target = "3" }, "The goal is 201 characters long; please keep it to 200 or fewer." },
        { new { title = "Goal", serves = "role.wizard", target = "3" }, "Please pick what the goal serves" },
        { new { title = "Goal", target = "3" }, "Please pick what the goal serves" },
        { new { title = "Goal", serves = "role.mentor", target = "0" }, "The target is a whole number from 1 to 1,000 (not “0”)." },
        { new { title = "Goal", serves = "role.mentor", target = "-5" }, "The target is a whole number from 1 to 1,000" },
        { new { title = "Goal", serves = "role.mentor", target = "2.5" }, "The target is a whole number from 1 to 1,000" },
        { new { title = "Goal", serves = "role.mentor", target = "lots" }, "The target is a whole number from 1 to 1,000 (not “lots”)." },
        { new { title = "Goal", serves = "role.mentor", target = "1001" }, "The target is a whole number from 1 to 1,000" },
        { new { title = "Goal", serves = "role.mentor" }, "Give the goal a measure" },
        { new { title = "Goal", serves = "role.mentor", target = "3", milestones = "One\nTwo" }, "a target number, or milestones — not both" },
        { new { title = "Goal", serves = "role.mentor", milestones = string.Join('\n', Enumerable.Range(1, 11).Select(i => $"Step {i}")) }, "Up to 10 milestones, please — you listed 11." },
        { new { title = "Goal", serves = "role.mentor", milestones = new string('m', 151) }, "Keep each milestone to 150 characters" },
        { new { title = "Goal", serves = "role.mentor", target = "3", unit = new string('u', 41) }, "Keep “what you count” to 40 characters." },
        { new { title = "Goal", serves = "role.mentor", target = "3", due = "2027-08-01" }, "The due date must fall within the school year 2026–27" },
        { new { title = "Goal", serves = "role.mentor", target = "3", due = "2026-11-29" }, "Sunday, November 29, 2026 has passed" },
        { new { title = "Goal", serves = "role.mentor", target = "3", due = "next week" }, "Pick the due date with the date picker" },
    };

    [Theory]
    [MemberData(nameof(BadForms))]
    public void ABadForm_IsAnsweredWithWhatToFix(object values, string problem)
    {
        var (read, said) = GoalFormInput.Read(JsonSerializer.SerializeToElement(values), Year, Today, null, CultureInfo.GetCultureInfo("en-US"));

        Assert.Null(read);
        Assert.Contains(problem, said, StringComparison.Ordinal);
    }

    [Fact]
    public void AGoodForm_IsReadAsTeamsSendsIt_NumbersAsStringsOrNumbers_TextCleaned()
    {
        var (read, problem) = GoalFormInput.Read(
            JsonSerializer.SerializeToElement(new { title = "  Run\tparent   workshops\u0007 ", serves = "task.workshops", target = 6, unit = " parent workshops ", due = "2026-11-30" }),
            Year, Today, null, CultureInfo.GetCultureInfo("en-US"));

        Assert.Null(problem);
        Assert.Equal(("Run parent workshops", "task.workshops", 6, "parent workshops", Today), (read!.Title, read.Serves, read.Target, read.Unit, read.Due));
        Assert.Empty(read.Milestones);
    }

    [Fact]
    public void AnEditKeepingAPassedDueDate_IsFine()
    {
        var passed = new DateOnly(2026, 10, 1);

        var (read, problem) = GoalFormInput.Read(
            JsonSerializer.SerializeToElement(new { title = "Goal", serves = "role.mentor", target = "3", due = "2026-10-01" }), Year, Today, passed, CultureInfo.GetCultureInfo("en-US"));

        Assert.Null(problem);
        Assert.Equal(passed, read!.Due);
    }

    [Fact]
    public async Task ARejectedForm_KeepsWaiting_AndAFixedOneIsSaved()
    {
        await _chat.Chat(ChatUser.Alice)
            .Send("add goal").ExpectCard(GoalFormCard.Kind)
            .Execute(GoalFormSavePayload.VerbName, new { title = new string('x', 10_000), serves = "role.mentor", target = "3" })
            .ExpectInvokeMessage("The goal is 10000 characters long")
            .Execute(GoalFormSavePayload.VerbName, new { title = "Mentor two new teachers", serves = "role.mentor", target = "lots" })
            .ExpectInvokeMessage("The target is a whole number")
            .Send("hello?").ExpectTextContaining("fill in the card")
            .Execute(GoalFormSavePayload.VerbName, new { title = "Mentor two new teachers", serves = "role.mentor", target = "2", unit = "teachers" })
            .ExpectInvokeCard("summary")
            .ExpectCard(GoalListCard.Kind, card => CardAssert.Contains(card, "0 of 2 teachers (0%)"));

        Assert.Single(await _chat.Store.ListAsync(ChatUser.Alice.AadObjectId, TestContext.Current.CancellationToken));
    }

    public static TheoryData<string, string> BadProgress() => new()
    {
        { "log progress #{0} +5000", "a whole number from 1 to 1,000 at a time" },
        { "log progress #{0} +0", "a whole number from 1 to 1,000 at a time" },
        { "log progress #{0} 99999999999", "a whole number from 1 to 1,000 at a time" },
        { "log progress #{0} milestone 2", "" },
        { "edit goal", "Which goal? Type **edit goal** and its number" },
        { "goal done", "Which goal? Type **goal done** and its number" },
        { "archive goal soon", "Which goal? Type **archive goal** and its number" },
    };

    [Theory]
    [MemberData(nameof(BadProgress))]
    public async Task BadGoalCommands_AreAnswered_AndChangeNothing(string command, string answer)
    {
        var goal = _chat.Seed(ChatUser.Alice, "Parent workshops", target: 6, unit: "parent workshops", progress: 1);

        await _chat.Chat(ChatUser.Alice)
            .Send(string.Format(CultureInfo.InvariantCulture, command, goal.Id))
            .Then(session =>
            {
                var reply = session.Next("an answer");
                if (answer.Length == 0)
                {
                    // A milestone of a goal with a number: the small form asks how many instead.
                    Assert.Equal(GoalProgressFormCard.Kind, reply.CardKind);
                }
                else
                {
                    Assert.Contains(answer, reply.Text, StringComparison.Ordinal);
                }

                session.ExpectNothingMore();
                return Task.CompletedTask;
            });

        var after = (await _chat.Store.FindAsync(ChatUser.Alice.AadObjectId, goal.Id, TestContext.Current.CancellationToken))!;
        Assert.Equal((goal.Version, 1, GoalStatus.Active), (after.Version, after.Progress, after.Status));
    }

    [Theory]
    [InlineData("lots")]
    [InlineData("0")]
    [InlineData("1001")]
    [InlineData("2.5")]
    [InlineData("")]
    public async Task TheProgressForm_WithABadAmount_SaysWhatItTakes(string amount)
    {
        var goal = _chat.Seed(ChatUser.Alice, "Parent workshops", target: 6, unit: "parent workshops");

        await _chat.Chat(ChatUser.Alice)
            .Send($"log progress #{goal.Id}").ExpectCard(GoalProgressFormCard.Kind)
            .Execute(GoalProgressSavePayload.VerbName, new { amount })
            .ExpectInvokeMessage("Type how many to add: a whole number from 1 to 1,000")
            .ExpectNoMoreReplies();

        Assert.Equal(0, (await _chat.Store.FindAsync(ChatUser.Alice.AadObjectId, goal.Id, TestContext.Current.CancellationToken))!.Progress);
    }

    [Fact]
    public async Task LogProgress_WithWordsOfATitle_FindsThatGoal_OrOffersThePicker()
    {
        _chat.Seed(ChatUser.Alice, "Parent workshops", target: 6, unit: "parent workshops");
        _chat.Seed(ChatUser.Alice, "Showcase night", target: 2, unit: "showcases");

        await _chat.Chat(ChatUser.Alice)
            .Send("log progress showcase +1").ExpectCard(GoalListCard.Kind, card => CardAssert.Contains(card, "1 of 2 showcases (50%)"))
            .Send("log progress +2").ExpectCard(GoalProgressFormCard.Kind, card => CardAssert.Contains(card, "Which goal?"))
            .Send("log progress robots +1").ExpectTextContaining("None of your active goals has “robots” in its title")
            .ExpectCard(GoalProgressFormCard.Kind);
    }

    public void Dispose() => _chat.Dispose();
}

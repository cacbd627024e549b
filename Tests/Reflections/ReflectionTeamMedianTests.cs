using CoachBot.Cards.Views.Reflections;
using CoachBot.Cards.Views.Roles;
using CoachBot.Tests.Infrastructure.Host;
using Microsoft.Extensions.Time.Testing;

namespace CoachBot.Tests.Reflections;

/// <summary>
/// <c>reflection digest</c> shows the team's median beside the coach's own school-year minutes — the middle over every
/// coach who logged time this school year, all schools — only when at least <c>Privacy:MinimumGroupSize</c> (5) coaches
/// did, and never another coach's own figure.
/// </summary>
public sealed class ReflectionTeamMedianTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 4, 12, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Earlier = new(2026, 10, 20, 10, 0, 0, TimeSpan.Zero);

    // The other coaches' own figures: mentor minutes, diverted minutes. None of them may appear on Alice's card.
    private static readonly (int Mentor, int Diverted)[] Others = [(11, 0), (23, 0), (47, 17), (83, 41), (97, 89)];

    [Fact]
    public async Task WithSixCoaches_TheDigestShowsTheTeamMedian_AndNoOtherCoachsFigure()
    {
        using var host = await HostWithAsync(Others.Length);
        await host.SaveAsync(Coach(0), ReflectionsHost.Coaching("data work", 37, TopicIds.DataCoach), Earlier);

        await host.Chat(ChatUser.Alice)
            .Send("reflection digest")
            .ExpectCard(ReflectionDigestCard.Kind, card =>
            {
                // Mentor: 11, 23, 47, 60 (Alice), 83, 97 → (47 + 60) / 2 = 53.5; diverted: 0, 0, 17, 30 (Alice), 41, 89 → 23.5.
                CardAssert.Contains(card, "Mentor | 60 min \u00b7 100%");
                CardAssert.Contains(card, "team median this school year: 54 min");
                CardAssert.Contains(card, "Team median: the middle of the 6 coaches (all schools, you among them) who logged time this school year");
                CardAssert.Contains(card, "Diverted time: yours 30 min, team median 24 min.");
                var text = card.CardText();
                foreach (var minutes in Others.SelectMany(other => new[] { other.Mentor, other.Diverted }).Where(minutes => minutes > 0).Append(37))
                {
                    Assert.DoesNotContain($" {minutes} min", text, StringComparison.Ordinal);
                }
            });
    }

    [Fact]
    public async Task WithFourCoaches_TheDigestShowsNoTeamFigure_AndSaysWhen()
    {
        using var host = await HostWithAsync(3);

        await host.Chat(ChatUser.Alice)
            .Send("reflection digest")
            .ExpectCard(ReflectionDigestCard.Kind, card =>
            {
                CardAssert.Contains(card, "Mentor | 60 min \u00b7 100%");
                CardAssert.Contains(card, "The team median appears here once at least 5 coaches have logged time this school year.");
                var text = card.CardText();
                Assert.DoesNotContain("team median this school year", text, StringComparison.Ordinal);
                Assert.DoesNotContain("yours 30 min", text, StringComparison.Ordinal);
                Assert.DoesNotContain(" 47 min", text, StringComparison.Ordinal);
            });
    }

    [Fact]
    public async Task ACoachWithoutMinutesThisSchoolYear_DoesNotCount()
    {
        // Four coaches logged minutes this school year; a fifth only last school year, a sixth only without minutes.
        using var host = await HostWithAsync(3);
        var lastYear = Coach(8);
        var noMinutes = Coach(9);
        await host.SaveAsync(lastYear, ReflectionsHost.Coaching("last June", 50, TopicIds.Mentor), new DateTimeOffset(2026, 6, 2, 10, 0, 0, TimeSpan.Zero));
        await host.SaveAsync(noMinutes, ReflectionsHost.Coaching("no minutes", null, TopicIds.Mentor), Earlier);

        await host.Chat(ChatUser.Alice)
            .Send("reflection digest")
            .ExpectCard(ReflectionDigestCard.Kind, card =>
                CardAssert.Contains(card, "The team median appears here once at least 5 coaches have logged time this school year."));
    }

    /// <summary>Alice (60 min mentoring, 30 min diverted) and the first <paramref name="others"/> of <see cref="Others"/>.</summary>
    private static async Task<ReflectionsHost> HostWithAsync(int others)
    {
        var host = new ReflectionsHost(new FakeTimeProvider(Now), ReflectionDigestTests.AutumnBreak);
        await host.WithAsync(ChatUser.Alice);
        await host.SaveAsync(ChatUser.Alice, ReflectionsHost.Coaching("modeled Padlet", 60, TopicIds.Mentor), Earlier);
        await host.SaveAsync(ChatUser.Alice, ReflectionsHost.Diverted("bus duty", 30), Earlier);
        for (var i = 0; i < others; i++)
        {
            var (mentor, diverted) = Others[i];
            await host.SaveAsync(Coach(i), ReflectionsHost.Coaching("mentoring", mentor, TopicIds.Mentor), Earlier);
            if (diverted > 0)
            {
                await host.SaveAsync(Coach(i), ReflectionsHost.Diverted("lunch duty", diverted), Earlier);
            }
        }

        return host;
    }

    private static ChatUser Coach(int i) => new($"29:coach-{i}", $"dddddddd-0000-4000-8000-00000000010{i}", $"Coach {i}");
}

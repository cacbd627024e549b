using System.Reflection;
using CoachBot.Bot.Hosting;
using Microsoft.Extensions.Logging;

namespace CoachBot.Tests.Hosting;

/// <summary>Every log message has its own event id across the solution, so an id in a log search means one thing.</summary>
public sealed class LogEventIdTests
{
    [Fact]
    public void EventIds_AreUniqueAcrossTheSolution()
    {
        Assembly[] assemblies = [typeof(CoachBotHosting).Assembly, typeof(CoachBot.Dialogs.Engine.DialogEngine).Assembly, typeof(CoachBot.Cards.RenderedCard).Assembly];
        var messages = assemblies
            .SelectMany(assembly => assembly.GetTypes())
            .SelectMany(type => type.GetMethods(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static | BindingFlags.Instance | BindingFlags.DeclaredOnly))
            .Select(method => (Method: $"{method.DeclaringType!.FullName}.{method.Name}", Attribute: method.GetCustomAttribute<LoggerMessageAttribute>()))
            .Where(pair => pair.Attribute is not null)
            .ToList();

        Assert.True(messages.Count > 50, $"expected CoachBot's log messages, found {messages.Count}");
        var clashes = messages
            .GroupBy(pair => pair.Attribute!.EventId)
            .Where(group => group.Count() > 1)
            .Select(group => $"{group.Key}: {string.Join(", ", group.Select(pair => pair.Method))}")
            .ToList();
        Assert.True(clashes.Count == 0, $"event ids used twice: {string.Join("; ", clashes)}");
    }
}

using System.Text.Json;
using CoachBot.Cards.Model.Actions;

namespace CoachBot.Cards.Model.Teams;

/// <summary>Builds Teams' Action.Submit variants from typed data (no hand-written JSON).</summary>
public static class TeamsSubmit
{
    /// <summary>A button that posts <paramref name="text"/> as if the user typed it.</summary>
    public static SubmitAction ImBack(string title, string text) => new()
    {
        Title = title,
        Data = Serialize(new TeamsSubmitBehavior { Type = TeamsSubmitBehavior.ImBackType, Value = JsonSerializer.SerializeToElement(text, CardJsonContext.Default.String) }),
    };

    /// <summary>A button that sends <paramref name="text"/> and <paramref name="value"/>, showing <paramref name="displayText"/> in the chat.</summary>
    public static SubmitAction MessageBack(string title, string text, string? displayText, JsonElement? value) => new()
    {
        Title = title,
        Data = Serialize(new TeamsSubmitBehavior { Type = TeamsSubmitBehavior.MessageBackType, Text = text, DisplayText = displayText, Value = value }),
    };

    private static JsonElement Serialize(TeamsSubmitBehavior behavior) =>
        JsonSerializer.SerializeToElement(new TeamsSubmitData(behavior), CardJsonContext.Default.TeamsSubmitData);
}

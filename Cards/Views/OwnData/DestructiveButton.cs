using CoachBot.Cards.Model;
using CoachBot.Cards.Model.Actions;

namespace CoachBot.Cards.Views.OwnData;

/// <summary>The button of a confirmation that deletes something, styled as destructive (red where the client shows styles).</summary>
internal static class DestructiveButton
{
    public static ExecuteAction From(ExecuteAction action) =>
        new() { Title = action.Title, Verb = action.Verb, Data = action.Data, Style = ActionStyle.Destructive };
}

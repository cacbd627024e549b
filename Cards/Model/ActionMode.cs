using System.Text.Json.Serialization;

namespace CoachBot.Cards.Model;

/// <summary>Whether an action is a button or sits in the overflow menu (1.5).</summary>
[JsonConverter(typeof(SchemaEnumConverter<ActionMode>))]
public enum ActionMode
{
    Primary,
    Secondary
}

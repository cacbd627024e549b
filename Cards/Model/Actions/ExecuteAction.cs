using System.Runtime.CompilerServices;
using System.Text.Json;

namespace CoachBot.Cards.Model.Actions;

/// <summary>
/// Action.Execute (Universal Actions, 1.4): Teams sends an <c>adaptiveCard/action</c> invoke carrying
/// <see cref="Verb"/> and <see cref="Data"/> merged with the card's input values (protocol.md §4.2).
/// CoachBot builds these from typed payloads: <c>CardActions.Execute(title, payload, cardId)</c>.
/// </summary>
public sealed class ExecuteAction : CardAction
{
    public string? Verb { get; init; }

    // Boxed so that a lazily parsed value is published with one reference write: a card read on two threads at once may
    // parse twice, never see half a value.
    private StrongBox<JsonElement?>? _data;

    /// <summary>A JSON object (or string) sent back with the invoke.</summary>
    public JsonElement? Data
    {
        get => (_data ??= new StrongBox<JsonElement?>(_dataUtf8 is { } utf8 ? JsonElement.Parse(utf8) : null)).Value;
        init
        {
            _data = new StrongBox<JsonElement?>(value);
            _dataUtf8 = null;
        }
    }

    /// <summary>
    /// The data's compact JSON (written with the card encoder) when the action was built from a typed payload: the card
    /// writer copies it as it is, and <see cref="Data"/> is parsed from it only if something reads it.
    /// </summary>
    internal byte[]? DataUtf8
    {
        get => _dataUtf8;
        init
        {
            _dataUtf8 = value;
            _data = null; // the last one set wins, whichever order an initializer sets them in
        }
    }

    private readonly byte[]? _dataUtf8;

    public AssociatedInputs? AssociatedInputs { get; init; }
}

using System.Text.Json.Serialization.Metadata;

namespace CoachBot.Cards.Actions;

/// <summary>
/// A typed Action.Execute payload: one record per verb. The record's own fields are written camelCase into the
/// action's <c>data</c> next to <c>verb</c>, <c>v</c> (<see cref="Version"/>) and <c>cardId</c>; raise
/// <see cref="Version"/> whenever the fields change meaning, so older cards are recognised as out of date.
/// </summary>
public interface ICardActionPayload<TSelf>
    where TSelf : class, ICardActionPayload<TSelf>
{
    /// <summary>The verb (one of <see cref="ActionVerbs"/>).</summary>
    static abstract string Verb { get; }

    /// <summary>The payload version written as <c>v</c>.</summary>
    static abstract int Version { get; }

    /// <summary>The serializer metadata for the record (from <see cref="CardActionJsonContext"/>).</summary>
    static abstract JsonTypeInfo<TSelf> JsonTypeInfo { get; }
}

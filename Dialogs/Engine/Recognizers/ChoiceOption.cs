using System.Collections.Immutable;

namespace CoachBot.Dialogs.Engine.Recognizers;

/// <summary>
/// One option of a choice prompt: the <see cref="Value"/> the dialog stores, the <see cref="Title"/> the user
/// sees (defaults to the value) and extra <see cref="Synonyms"/> the user may type. Immutable.
/// </summary>
public sealed class ChoiceOption
{
    /// <summary>Creates a choice; blank synonyms are ignored.</summary>
    public ChoiceOption(string value, string? title = null, IEnumerable<string>? synonyms = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(value);
        Value = value;
        Title = string.IsNullOrWhiteSpace(title) ? value : title;
        Synonyms = synonyms is null ? [] : [.. synonyms.Where(s => !string.IsNullOrWhiteSpace(s))];
        NormalizedTerms = [.. new[] { Title, Value }.Concat(Synonyms)
            .Select(TextNormalizer.Normalize)
            .Where(term => term.Length > 0)
            .Distinct(StringComparer.Ordinal)];
    }

    /// <summary>What the dialog stores when this choice is picked.</summary>
    public string Value { get; }

    /// <summary>What the user sees.</summary>
    public string Title { get; }

    /// <summary>Other words that pick this choice.</summary>
    public ImmutableArray<string> Synonyms { get; }

    /// <summary>Title, value and synonyms through <see cref="TextNormalizer.Normalize"/>, distinct, title first.</summary>
    internal ImmutableArray<string> NormalizedTerms { get; }

    /// <inheritdoc />
    public override string ToString() => Title;
}

namespace CoachBot.Dialogs.Engine.Prompts;

/// <summary>A choice offered by a choice prompt.</summary>
public sealed record PromptChoice(string Value, string Title, IReadOnlyList<string>? Synonyms = null);

/// <summary>What a prompt asks and how patient it is.</summary>
public sealed record PromptOptions
{
    /// <summary>The question.</summary>
    public required string Text { get; init; }

    /// <summary>The hint shown after an answer that does not fit (a default per prompt type when null).</summary>
    public string? RetryText { get; init; }

    /// <summary>How many answers that do not fit before the prompt gives up gracefully.</summary>
    public int MaxAttempts { get; init; } = 3;

    /// <summary>The choices (choice prompts only).</summary>
    public IReadOnlyList<PromptChoice>? Choices { get; init; }
}

/// <summary>A prompt's own state on the stack.</summary>
public sealed class PromptState
{
    public PromptOptions? Options { get; set; }

    public int Attempts { get; set; }
}

namespace CoachBot.Dialogs.RolesQa;

/// <summary>The knowledge folder cannot be used; <see cref="Exception.Message"/> lists every problem found.</summary>
public sealed class KnowledgeValidationException : Exception
{
    public KnowledgeValidationException()
        : this("The knowledge base is not valid.", [])
    {
    }

    public KnowledgeValidationException(string message)
        : this(message, [message])
    {
    }

    public KnowledgeValidationException(string message, Exception innerException)
        : base(message, innerException)
    {
        Problems = [message];
    }

    public KnowledgeValidationException(string directory, IReadOnlyList<string> problems)
        : base(Format(directory, problems))
    {
        Problems = problems;
    }

    /// <summary>One line per problem, each naming its file and what is wrong.</summary>
    public IReadOnlyList<string> Problems { get; }

    private static string Format(string directory, IReadOnlyList<string> problems) =>
        problems.Count == 0
            ? directory
            : $"The knowledge in '{directory}' (the folder the setting Knowledge:Path names) has {problems.Count} problem(s):{Environment.NewLine}"
              + string.Join(Environment.NewLine, problems.Select(p => "  - " + p));
}

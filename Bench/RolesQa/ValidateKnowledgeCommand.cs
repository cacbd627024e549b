using CoachBot.Dialogs.RolesQa;

namespace CoachBot.Bench.RolesQa;

/// <summary><c>validate-knowledge DIR</c>: checks an edited knowledge folder before a deploy.</summary>
internal sealed class ValidateKnowledgeCommand : IBenchCommand
{
    public string Name => "validate-knowledge";

    public string Usage => "DIR   check a knowledge folder; prints OK with the topic count, or every problem (exit 1)";

    public int Run(IReadOnlyList<string> args, TextWriter output, TextWriter error)
    {
        if (args.Count != 1)
        {
            error.WriteLine($"usage: validate-knowledge {Usage}");
            return CommandDispatcher.UsageError;
        }

        try
        {
            var knowledge = KnowledgeBase.Load(args[0]);
            output.WriteLine($"OK: {knowledge.Topics.Count} topics in {knowledge.Directory}");
            return 0;
        }
        catch (KnowledgeValidationException exception)
        {
            output.WriteLine(exception.Message);
            return 1;
        }
    }
}

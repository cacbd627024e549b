using CoachBot.Dialogs.RolesQa;
using CoachBot.Tests.Infrastructure;

namespace CoachBot.Tests.RolesQa;

/// <summary>The shipped knowledge (copied next to the test binaries from Bot/Knowledge) and an answerer over it, loaded once per test class.</summary>
public sealed class KnowledgeFixture
{
    public KnowledgeFixture()
    {
        Knowledge = KnowledgeBase.Load(KnowledgeDirectory);
        Answerer = new QuestionAnswerer(Knowledge);
    }

    /// <summary>The knowledge folder the app ships: the copy beside the binaries, else Bot/Knowledge in the checkout.</summary>
    public static string KnowledgeDirectory
    {
        get
        {
            var beside = Path.Combine(AppContext.BaseDirectory, "Knowledge");
            return Directory.Exists(beside) ? beside : Path.Combine(SharedFolder.RepositoryRoot, "Bot", "Knowledge");
        }
    }

    /// <summary>A held-out set kept in this repository (Tests/RolesQa/Data).</summary>
    public static string DataFile(string name) => Path.Combine(SharedFolder.RepositoryRoot, "Tests", "RolesQa", "Data", name);

    public KnowledgeBase Knowledge { get; }

    public QuestionAnswerer Answerer { get; }
}

namespace CoachBot.Dialogs.Features.Reflections;

/// <summary>What a logged entry is: coaching work across the ten roles, or time diverted to work that is not coaching.</summary>
public enum ReflectionKind
{
    /// <summary>A reflection on coaching work, with its roles.</summary>
    Coaching,

    /// <summary>Time taken by work that is not coaching (sub coverage, duty, break/fix tech support, testing); never a role.</summary>
    Diverted,
}

namespace CoachBot.Dialogs.Engine;

/// <summary>
/// A typed command (e.g. <c>help</c>, <c>timezone</c>, <c>add coach</c>). Its name, aliases, help line, who may run
/// it and whether its output is private are declared where the feature registers it (<see cref="CommandInfo"/>);
/// the router matches the longest name or alias the message starts with and passes the rest as arguments.
/// </summary>
public interface IChatCommand
{
    Task RunAsync(DialogContext context, string arguments, CancellationToken cancellationToken);
}

/// <summary>Handles one card action verb when no dialog step is waiting for that card.</summary>
public interface ICardActionHandler
{
    string Verb { get; }

    Task HandleAsync(DialogContext context, CardActionInput action, CancellationToken cancellationToken);
}

/// <summary>Answers a message that is no command and no dialog's answer (the roles Q&amp;A, or a short "what I can do").</summary>
public interface IFallbackHandler
{
    Task HandleAsync(DialogContext context, string text, CancellationToken cancellationToken);
}

/// <summary>
/// May add a suggestion of its own after a typed message has been answered and no dialog is waiting (e.g. "set your
/// goals" offered once at the start of the school year). It runs on every such turn, so it decides cheaply when it has
/// nothing to say.
/// </summary>
public interface ITurnFollowUp
{
    Task FollowUpAsync(DialogContext context, CancellationToken cancellationToken);
}

/// <summary>Greets a conversation CoachBot was added to.</summary>
public interface IWelcomeHandler
{
    Task WelcomeAsync(DialogContext context, CancellationToken cancellationToken);
}

/// <summary>Checks whether a user holds a role (the roster lives in the school rules).</summary>
public interface IRoleChecker
{
    Task<bool> HasRoleAsync(TurnUser user, string role, CancellationToken cancellationToken);

    /// <summary>What to tell someone who lacks the role.</summary>
    string DenialMessage(string role);
}

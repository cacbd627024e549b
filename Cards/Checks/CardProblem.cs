namespace CoachBot.Cards.Checks;

/// <summary>One broken rule: the rule's id (see <see cref="CardRules"/>), where, and what is wrong.</summary>
public sealed record CardProblem(string Rule, string Where, string Message)
{
    public override string ToString() => $"[{Rule}] {Where}: {Message}";
}

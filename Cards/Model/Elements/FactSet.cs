namespace CoachBot.Cards.Model.Elements;

/// <summary>Title/value pairs laid out as a two-column list (values support the Markdown subset and wrap).</summary>
public sealed class FactSet : CardElement
{
    public IList<Fact>? Facts { get; init; }
}

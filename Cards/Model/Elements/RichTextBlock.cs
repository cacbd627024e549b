namespace CoachBot.Cards.Model.Elements;

/// <summary>A paragraph of <see cref="TextRun"/>s. Runs are plain text (no Markdown) and always wrap.</summary>
public sealed class RichTextBlock : CardElement
{
    public IList<TextRun>? Inlines { get; init; }

    public HorizontalAlignment? HorizontalAlignment { get; init; }
}

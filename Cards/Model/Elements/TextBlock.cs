namespace CoachBot.Cards.Model.Elements;

/// <summary>
/// Text with a Markdown subset (bold, italic, lists, links). Set <see cref="Wrap"/> so long text is not cut
/// off; never put user-typed text here unescaped (use <see cref="RichTextBlock"/> runs, which are plain).
/// </summary>
public sealed class TextBlock : CardElement
{
    public string? Text { get; init; }

    public bool? Wrap { get; init; }

    public int? MaxLines { get; init; }

    public TextColor? Color { get; init; }

    public TextSize? Size { get; init; }

    public TextWeight? Weight { get; init; }

    public FontType? FontType { get; init; }

    public bool? IsSubtle { get; init; }

    public HorizontalAlignment? HorizontalAlignment { get; init; }

    public TextBlockStyle? Style { get; init; }
}

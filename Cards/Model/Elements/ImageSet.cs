namespace CoachBot.Cards.Model.Elements;

/// <summary>A gallery of images of one size.</summary>
public sealed class ImageSet : CardElement
{
    public IList<Image>? Images { get; init; }

    public ImageSize? ImageSize { get; init; }
}

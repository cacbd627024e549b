using CoachBot.Cards.Model.Actions;

namespace CoachBot.Cards.Views.OwnData;

/// <summary>What an export offers when links can be made: what the file holds, how long the link works, and Download.</summary>
/// <param name="Heading">"Your reflections are ready to download".</param>
/// <param name="What">CoachBot's own words on what the file holds (counts, never a user's words).</param>
/// <param name="Url">The one-time link (its token in the fragment).</param>
/// <param name="Until">When it stops working, in the reader's zone and language ("3:10 PM").</param>
/// <param name="LifetimeMinutes">How long it works after it is made.</param>
public sealed record DownloadLinkCardModel(string Heading, string What, string Url, string Until, int LifetimeMinutes);

/// <summary>
/// <c>export.link</c>: a one-time download link, sent only in the owner's personal chat. The button is an
/// Action.OpenUrl: it opens a page in the browser whose own Download button makes and sends the file.
/// </summary>
public static class DownloadLinkCard
{
    public const string Kind = "export.link";

    public const string ButtonTitle = "Download";

    public static RenderedCard Create(DownloadLinkCardModel model, string instanceId)
    {
        ArgumentNullException.ThrowIfNull(model);
        return CardLayout.Render(
            Kind,
            instanceId,
            model.Heading,
            [
                CardLayout.Heading(model.Heading),
                CardLayout.Paragraph(model.What),
                CardLayout.Paragraph(
                    $"The link works **once**, until {model.Until} ({model.LifetimeMinutes} minutes from now). It opens a page in your browser " +
                    "with a Download button: the file is made when you press it, from your data as it is then, and CoachBot keeps no copy."),
                CardLayout.Note("Don't forward this link: whoever uses it first gets the file. For a new link, ask me again."),
            ],
            [new OpenUrlAction { Title = ButtonTitle, Url = model.Url }]);
    }
}

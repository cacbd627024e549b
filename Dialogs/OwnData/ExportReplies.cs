using System.Globalization;
using CoachBot.Cards.Formatting;
using CoachBot.Cards.Views.OwnData;
using CoachBot.Dialogs.Engine;

namespace CoachBot.Dialogs.OwnData;

/// <summary>How one feature's export speaks: the card's headings, what the file holds for a count, and "nothing to export".</summary>
/// <param name="Heading">"Your reflections" (the card shown when there are no links).</param>
/// <param name="Ready">"Your reflections are ready to download".</param>
/// <param name="What">What the file holds, for the number of rows (CoachBot's own words, Markdown).</param>
/// <param name="Nothing">The answer when there is nothing to export.</param>
public sealed record ExportWording(string Heading, string Ready, Func<int, string> What, string Nothing);

/// <summary>
/// Answers an export command: a one-time download link when <c>Bot:PublicBaseUrl</c> is set, else a card with the newest
/// rows that fit; "nothing to export" when there are no rows. The rows are read now only to count them (and for the
/// card); the file itself is made again when the link is used, from the data as it is then.
/// </summary>
public sealed class ExportReplies(IDownloadLinks links, IEnumerable<IDownloadSource> sources)
{
    public async Task ReplyAsync(DialogContext context, string kind, string ownerId, ExportWording wording, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(wording);
        var source = sources.FirstOrDefault(candidate => candidate.Kind == kind)
            ?? throw new InvalidOperationException($"No download source has the kind '{kind}'.");
        var input = context.Input;
        var request = new DownloadRequest(kind, ownerId, input.TimeZone.Id);
        var table = await source.ReadAsync(request, cancellationToken);
        if (table is null || table.Rows.Count == 0)
        {
            context.Reply(wording.Nothing);
            return;
        }

        if (!links.CanMakeLinks)
        {
            context.Reply(ExportRowsCard.Create(new ExportRowsCardModel(wording.Heading, table.Columns, table.Rows), context.NewCardId()));
            return;
        }

        var link = await links.CreateAsync(request, cancellationToken);
        var minutes = (int)Math.Round(links.Lifetime.TotalMinutes);
        context.Reply(DownloadLinkCard.Create(
            new DownloadLinkCardModel(
                wording.Ready,
                wording.What(table.Rows.Count),
                link.Url.AbsoluteUri,
                DateTimeText.Time(link.ExpiresAt, input.TimeZone, input.Culture),
                minutes),
            context.NewCardId()));
    }

    /// <summary>"1 reflection", "23 reflections".</summary>
    public static string Count(int count, string one, string many) =>
        string.Create(CultureInfo.InvariantCulture, $"{count:#,0} {(count == 1 ? one : many)}");
}

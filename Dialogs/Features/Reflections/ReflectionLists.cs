using CoachBot.Cards;
using CoachBot.Cards.Views.Reflections;
using CoachBot.Dialogs.Engine;
using CoachBot.Dialogs.School;

namespace CoachBot.Dialogs.Features.Reflections;

/// <summary>Builds a page of <c>my reflections</c> for a coach (the command, Next, and the list shown again after a delete).</summary>
public sealed class ReflectionLists(ReflectionJournal journal, SchoolCalendar calendar)
{
    /// <summary>The longest filter kept (it travels in every button of the list).</summary>
    public const int MaxFilterLength = 100;

    public async Task<RenderedCard> PageAsync(
        DialogContext context, string coachId, string filterText, long? beforeAt, long? beforeId, string? notice, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        filterText = filterText.Length <= MaxFilterLength ? filterText : filterText[..MaxFilterLength];
        var today = ZonedTime.LocalDate(context.Input.Now, context.Input.TimeZone);
        var filter = ReflectionListFilter.Parse(filterText, journal.Roles, calendar, today);
        ReflectionCursor? before = beforeAt is { } at && beforeId is { } id ? new ReflectionCursor(at, id) : null;
        var page = await journal.Store.ListAsync(coachId, filter.Query, before, ReflectionListCard.PageSize, cancellationToken);
        var empty = filter.Label is null
            ? "No reflections yet. Type **reflect: what you did** to log one \u2014 it takes seconds."
            : $"No reflections match {Escape(filter.Label)}. Try **my reflections** for all of them, a role such as **mentor**, a word from your notes, **this week** or **last week**.";
        var model = new ReflectionListCardModel(
            filterText,
            filter.Label,
            [.. page.Items.Select(item => journal.Item(item, context.Input))],
            page.Total,
            page.Newer + 1,
            beforeAt,
            beforeId,
            page.Next?.AtMilliseconds,
            page.Next?.Id,
            notice,
            empty);
        return ReflectionListCard.Create(model, context.NewCardId());
    }

    // The label may hold the coach's words: no Markdown from them in CoachBot's own paragraph.
    private static string Escape(string text) =>
        new([.. text.Where(c => c is not ('*' or '_' or '[' or ']' or '<' or '>' or '`' or '\\'))]);
}

using CoachBot.Cards.Checks;
using CoachBot.Cards.Model;
using CoachBot.Cards.Model.Actions;
using CoachBot.Cards.Model.Elements;
using CoachBot.Cards.Model.Inputs;
using CoachBot.Cards.Model.Teams;
using CoachBot.Cards.Text;

namespace CoachBot.Cards.Views.Requests;

/// <summary>
/// <c>request.submitted</c>: what a submitted request form becomes — read-only, with the request's short id, so it cannot be
/// sent twice and the teacher sees what went out.
/// </summary>
public static class RequestSummaryCard
{
    public const string Kind = "request.submitted";

    /// <param name="postedInChannel">It goes to the coaching channel of the teacher's school, not to each coach.</param>
    public static RenderedCard Create(RequestCardModel request, string instanceId, bool postedInChannel = false)
    {
        ArgumentNullException.ThrowIfNull(request);
        var next = postedInChannel
            ? $"I'm posting it in the coaching channel of your school, where the coaches who cover it can see it, and I'll tell you here who picks it up. To cancel it, type: cancel request {request.Id}"
            : $"I'm passing it to the coaches who cover this at your school, and I'll tell you here who picks it up. To cancel it, type: cancel request {request.Id}";
        return CardLayout.FitToSize(
            [request.Need],
            texts => CardLayout.Render(
                Kind,
                instanceId,
                PlainText.Summary($"Request {request.Id} sent: {request.Support}, {request.Urgency.ToLowerInvariant()}", CardLimits.MaxSummaryLength),
                [
                    CardLayout.Heading($"Request {request.Id} sent"),
                    .. RequestParts.Details(request with { Need = texts[0] }, withNeed: true),
                    CardLayout.Plain(new TextRun
                    {
                        Text = next,
                        IsSubtle = true,
                        Size = TextSize.Small,
                    }),
                ]));
    }
}

/// <summary>
/// <c>request.coach</c>: a coach's copy of a request, sent 1:1. Open, it shows everything and Claim (<c>request.claim</c>);
/// claimed by this coach, everything without the button; claimed by someone else or cancelled, only the kind of support,
/// the school and the urgency — the need stays with the coach who helps.
/// </summary>
public static class CoachRequestCard
{
    public const string Kind = "request.coach";

    /// <summary>
    /// The id of a copy's details container is this prefix and the card's instance id, so a copy that waited in the outbox
    /// is recognised when it finally goes out (<see cref="InstanceIdOf"/>); the card carries no other trace of its id when
    /// it has no button.
    /// </summary>
    public const string DetailsIdPrefix = "request-copy-";

    /// <summary>The instance id of a <c>request.coach</c> card read from its JSON, or null for any other card.</summary>
    public static string? InstanceIdOf(System.Text.Json.JsonElement card)
    {
        if (card.ValueKind != System.Text.Json.JsonValueKind.Object || !card.TryGetProperty("body", out var body)
            || body.ValueKind != System.Text.Json.JsonValueKind.Array || body.GetArrayLength() == 0
            || !body[0].TryGetProperty("id", out var kind) || kind.ValueKind != System.Text.Json.JsonValueKind.String || kind.GetString() != Kind
            || !body[0].TryGetProperty("items", out var items) || items.ValueKind != System.Text.Json.JsonValueKind.Array)
        {
            return null;
        }

        foreach (var item in items.EnumerateArray())
        {
            if (item.ValueKind == System.Text.Json.JsonValueKind.Object && item.TryGetProperty("id", out var id)
                && id.ValueKind == System.Text.Json.JsonValueKind.String && id.GetString() is { } value && value.StartsWith(DetailsIdPrefix, StringComparison.Ordinal))
            {
                return value[DetailsIdPrefix.Length..];
            }
        }

        return null;
    }

    /// <summary>The longest note a coach may write when marking a request done.</summary>
    public const int MaxDoneNoteLength = 500;

    public static RenderedCard Create(CoachRequestModel model, string instanceId)
    {
        ArgumentNullException.ThrowIfNull(model);
        var request = model.Request;
        var claimedBy = model.ClaimedBy ?? "another coach";
        var (heading, status, summary) = model.View switch
        {
            CoachCopyView.ClaimedByYou => (
                $"You claimed request {request.Id}",
                $"You claimed this. {request.TeacherName} has been told you'll help: message them in Teams to agree on a time. When you're done, write a short note for them below and press Done.",
                $"You claimed request {request.Id} from {request.TeacherName}"),
            CoachCopyView.ClaimedByOther when model.InChannel => (
                $"Request {request.Id} claimed",
                $"Claimed by {claimedBy}, who has the details in a private chat with CoachBot. Nothing to do here.",
                $"Request {request.Id} was claimed by {claimedBy}"),
            CoachCopyView.ClaimedByOther => (
                $"Request {request.Id} claimed",
                $"Claimed by {claimedBy}. Nothing to do here.",
                $"Request {request.Id} was claimed by {claimedBy}"),
            CoachCopyView.Cancelled => (
                $"Request {request.Id} cancelled",
                "Cancelled by the teacher. Nothing to do here.",
                $"Request {request.Id} was cancelled by the teacher"),
            CoachCopyView.Passed => (
                $"You passed on request {request.Id}",
                "You passed on this. It stays with the other coaches, and you won't be reminded about it.",
                $"You passed on request {request.Id}"),
            CoachCopyView.GaveBack => (
                $"You gave request {request.Id} back",
                "You gave this back. It went to the coaches again, and the teacher was told.",
                $"You gave request {request.Id} back"),
            CoachCopyView.Done => (
                $"You marked request {request.Id} done",
                $"You marked this done. {request.TeacherName} has been told and asked whether it helped; their answer shows in my queue.",
                $"You marked request {request.Id} done"),
            _ when model.InChannel => (
                $"Support request {request.Id}",
                "Posted in this coaching channel for the coaches who cover it. Claim it to help: the details then come to you in a private chat.",
                $"{request.TeacherName} asks for support: {request.Support}, {request.Urgency.ToLowerInvariant()}"),
            _ => (
                $"Support request {request.Id}",
                null,
                $"{request.TeacherName} asks for support: {request.Support}, {request.Urgency.ToLowerInvariant()}"),
        };
        var open = model.View == CoachCopyView.Open;
        var full = model.View is CoachCopyView.Open or CoachCopyView.ClaimedByYou or CoachCopyView.Done;
        var actions = new List<CardAction>();
        if (open && model.CanClaim)
        {
            actions.Add(CardLayout.Button("Claim", new RequestClaimPayload(request.RequestId), instanceId));
            if (model.CanPass)
            {
                actions.Add(CardLayout.Button("Not mine", new RequestPassPayload(request.RequestId), instanceId));
            }
        }

        if (model.View == CoachCopyView.ClaimedByYou)
        {
            actions.Add(CardLayout.Button("Done", new RequestDonePayload(request.RequestId), instanceId));
        }

        return CardLayout.FitToSize(
            [request.Need],
            texts => CardLayout.Render(
                Kind,
                instanceId,
                PlainText.Summary(summary, CardLimits.MaxSummaryLength),
                [
                    CardLayout.Heading(heading),
                    .. status is null ? [] : new CardElement[] { CardLayout.Plain(CardLayout.Run(status)) },
                    .. full ? [CardLayout.Plain(CardLayout.Run("From "), CardLayout.Bold(request.TeacherName), CardLayout.Run($", asked {request.Asked}"))] : Array.Empty<CardElement>(),
                    .. open && model.Why is { } why ? [CardLayout.Plain(CardLayout.Italic(why))] : Array.Empty<CardElement>(),
                    new Container
                    {
                        Id = DetailsIdPrefix + instanceId,
                        Items = [.. full ? RequestParts.Details(request with { Need = texts[0] }, withNeed: true) : RequestParts.Outline(request)],
                    },
                    .. open ? Unreachable(model.Unreachable) : [],
                    .. open && model.PassedBy.Count > 0
                        ? [CardLayout.Plain(CardLayout.Bold("Passed: "), CardLayout.Run(string.Join(", ", model.PassedBy)))]
                        : Array.Empty<CardElement>(),
                    .. model.View == CoachCopyView.Done && !string.IsNullOrWhiteSpace(model.DoneNote)
                        ? [CardLayout.Plain(CardLayout.Bold("Your note: "), CardLayout.Run(model.DoneNote))]
                        : Array.Empty<CardElement>(),
                    .. model.View == CoachCopyView.ClaimedByYou ? DoneForm(request) : [],
                    .. Notes(model),
                ],
                actions));
    }

    private static IEnumerable<CardElement> DoneForm(RequestCardModel request)
    {
        yield return new TextInput
        {
            Id = RequestDonePayload.NoteInput,
            Label = $"What you did or agreed, for {request.TeacherName} (up to {MaxDoneNoteLength} characters)",
            IsMultiline = true,
            IsRequired = true,
            MaxLength = MaxDoneNoteLength,
            Placeholder = "For example: We set up Padlet walls for the science groups together.",
            ErrorMessage = $"Write a short note for {request.TeacherName} (up to {MaxDoneNoteLength} characters).",
        };
    }

    /// <summary>The commands that fit the copy, in a quiet note at the bottom.</summary>
    private static IEnumerable<CardElement> Notes(CoachRequestModel model)
    {
        var id = model.Request.Id;
        switch (model.View)
        {
            case CoachCopyView.Open when !model.CanClaim:
                yield return CardLayout.Note("Only coaches and lead coaches can claim a request. To pass it on, set a coach's coverage with **coverage @Name**, or ask a coach to help directly.");
                break;
            case CoachCopyView.Open when model.InChannel:
                yield return CardLayout.Note("Not one for you? Press **Not mine**: when every coach it was meant for has passed, it goes to the lead coaches at once.");
                break;
            case CoachCopyView.Open when model.CanPass:
                yield return CardLayout.Note("Not one for you? Press **Not mine** and it stays with the other coaches. Type **my queue** to see everything waiting for you.");
                break;
            case CoachCopyView.ClaimedByYou:
                yield return CardLayout.Note($"Can't help after all? Type **release {id}** and it goes back to the coaches. Type **my queue** for all you've claimed.");
                break;
        }

        if (model.View == CoachCopyView.Open && model.CanAssign)
        {
            yield return CardLayout.Note($"To give it to a coach, type **assign {id} @Name** (mention them).");
        }
    }

    private static IEnumerable<CardElement> Unreachable(IReadOnlyList<string> people)
    {
        if (people.Count == 0)
        {
            yield break;
        }

        yield return CardLayout.SectionHeading("Coaches I couldn't reach");
        yield return CardLayout.Paragraph("They cover this, but CoachBot isn't installed for them in Teams or they blocked it. Ask them to open CoachBot once.");
        foreach (var person in people)
        {
            // One block per person: items in separate blocks never run together in Teams' renderer.
            yield return CardLayout.Plain(CardLayout.Run("• "), CardLayout.Run(person));
        }
    }
}

/// <summary>
/// <c>request.claimed</c>: tells the teacher who will help, with an @mention of the coach (a Teams mention entity of the
/// card), the kind of support and the need.
/// </summary>
public static class RequestClaimedCard
{
    public const string Kind = "request.claimed";

    /// <param name="coachTeamsId">The coach's Teams id (<c>29:…</c>) for the mention; null shows the name without one.</param>
    public static RenderedCard Create(RequestCardModel request, string coachName, string? coachTeamsId, string instanceId)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentException.ThrowIfNullOrWhiteSpace(coachName);
        var mention = string.IsNullOrWhiteSpace(coachTeamsId) ? null : MentionEntity.Create(coachTeamsId, coachName.Trim());
        var who = mention is null
            ? CardLayout.Plain(CardLayout.Bold(coachName.Trim()), CardLayout.Run($" will help with your request {request.Id}."))
            : (CardElement)CardLayout.Paragraph($"{mention.Text} will help with your request {request.Id}.");
        var rendered = CardLayout.FitToSize(
            [request.Need],
            texts => CardLayout.Render(
                Kind,
                instanceId,
                PlainText.Summary($"{coachName.Trim()} will help with your request {request.Id}", CardLimits.MaxSummaryLength),
                [
                    CardLayout.Heading("A coach will help you"),
                    who,
                    .. RequestParts.Details(request with { Need = texts[0] }, withNeed: true),
                    CardLayout.Note("Message them in Teams to agree on a time."),
                ]));
        if (mention is null)
        {
            return rendered;
        }

        var card = new AdaptiveCard
        {
            FallbackText = rendered.Card.FallbackText,
            Body = rendered.Card.Body,
            Actions = rendered.Card.Actions,
            Teams = new TeamsCardProperties { Entities = [mention] },
        };
        return new RenderedCard(Kind, instanceId, card, rendered.Summary);
    }
}

/// <summary>
/// <c>request.list</c>: a teacher's own requests, newest first, each with its status and, while open, "Cancel request"
/// (<c>request.cancel</c>).
/// </summary>
public static class RequestListCard
{
    public const string Kind = "request.list";

    /// <summary>At most this many requests are listed (the newest).</summary>
    public const int MaxItems = 10;

    private const int MaxNeedShown = 300;

    /// <param name="more">How many older requests are not listed.</param>
    public static RenderedCard Create(IReadOnlyList<RequestListItem> items, int more, string instanceId)
    {
        ArgumentNullException.ThrowIfNull(items);
        var shown = items.Take(MaxItems).ToList();
        var open = shown.Count(item => item.CanCancel);
        var summary = shown.Count == 0
            ? "You have no support requests yet."
            : $"Your support requests: {shown.Count} listed, {open} open";
        var body = new List<CardElement> { CardLayout.Heading("Your support requests") };
        if (shown.Count == 0)
        {
            body.Add(CardLayout.Paragraph("You haven't asked for support yet. Type **request support**, or just tell me what you need, e.g. \"I need help with Padlet for my class\"."));
        }

        foreach (var item in shown)
        {
            var request = item.Request;
            var entry = new List<CardElement>
            {
                CardLayout.Plain(CardLayout.Bold($"{request.Id} · {request.Support}"), CardLayout.Run($" · {request.Urgency}")),
                CardLayout.Plain(CardLayout.Run("Status: "), CardLayout.Bold(item.Status)),
                CardLayout.Plain(CardLayout.Run(PlainText.OneLine(request.Need, MaxNeedShown))),
                CardLayout.Plain(new TextRun { Text = $"Asked {request.Asked}{(request.School is { } school ? $" · {school}" : "")}", IsSubtle = true, Size = TextSize.Small }),
            };
            if (item.CanCancel)
            {
                entry.Add(new ActionSet { Actions = [CardLayout.Button($"Cancel {request.Id}", new RequestCancelPayload(request.RequestId), instanceId)] });
            }

            body.Add(new Container { Separator = true, Spacing = Spacing.Medium, Items = entry });
        }

        if (more > 0)
        {
            body.Add(CardLayout.Note($"…and {more} older request{(more == 1 ? "" : "s")}."));
        }

        return CardLayout.Render(Kind, instanceId, summary, body);
    }
}

/// <summary>The lines the request cards share.</summary>
internal static class RequestParts
{
    /// <summary>Every detail of a request (the need only when <paramref name="withNeed"/>), one line each, plain text.</summary>
    public static IEnumerable<CardElement> Details(RequestCardModel request, bool withNeed)
    {
        if (withNeed)
        {
            yield return new Container
            {
                Style = ContainerStyle.Emphasis,
                Spacing = Spacing.Medium,
                Items = [CardLayout.Plain(CardLayout.Bold("Need")), CardLayout.Plain(CardLayout.Run(request.Need))],
            };
        }

        foreach (var line in Outline(request))
        {
            yield return line;
        }

        if (!string.IsNullOrWhiteSpace(request.ClassOrGrade))
        {
            yield return Line("Class or grade", request.ClassOrGrade);
        }

        if (!string.IsNullOrWhiteSpace(request.PreferredTimes))
        {
            yield return Line("Preferred times", request.PreferredTimes);
        }
    }

    /// <summary>What anyone the request went to may still see after it is taken: the kind of support, school and urgency.</summary>
    public static IEnumerable<CardElement> Outline(RequestCardModel request)
    {
        yield return Line("Kind of support", request.Support);
        if (!string.IsNullOrWhiteSpace(request.School))
        {
            yield return Line("School", request.School);
        }

        yield return Line("How soon", request.Urgency);
    }

    private static RichTextBlock Line(string label, string value) => CardLayout.Plain(CardLayout.Bold(label + ": "), CardLayout.Run(value));
}

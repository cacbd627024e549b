using CoachBot.Cards.Actions;
using CoachBot.Cards.Checks;
using CoachBot.Cards.Model;
using CoachBot.Cards.Model.Actions;
using CoachBot.Cards.Model.Elements;
using CoachBot.Cards.Model.Teams;
using CoachBot.Cards.Text;

namespace CoachBot.Cards.Views.Requests;

/// <summary>
/// <c>request.done</c>: tells the teacher their request is done, with the coach's note, and asks for a one-tap rating
/// (<c>request.rate</c>: Helpful / Not helpful). Once rated it thanks them and shows their answer, without buttons.
/// </summary>
public static class RequestDoneCard
{
    public const string Kind = "request.done";

    public static RenderedCard Create(RequestDoneModel model, string instanceId)
    {
        ArgumentNullException.ThrowIfNull(model);
        var request = model.Request;
        var coach = string.IsNullOrWhiteSpace(model.Coach) ? "Your coach" : model.Coach.Trim();
        List<CardAction>? actions = model.Rating is null
            ?
            [
                CardLayout.Button("Helpful", new RequestRatePayload(request.RequestId, RequestRatePayload.Helpful), instanceId),
                CardLayout.Button("Not helpful", new RequestRatePayload(request.RequestId, RequestRatePayload.NotHelpful), instanceId),
            ]
            : null;
        CardElement answer = model.Rating is { } rating
            ? CardLayout.Plain(
                CardLayout.Run("Thank you: you said it was "),
                CardLayout.Bold(rating == RequestRating.Helpful ? "helpful" : "not helpful"),
                CardLayout.Run($". {coach} sees your answer in their queue."))
            : CardLayout.Plain(CardLayout.Bold("Was it helpful? "), CardLayout.Run($"One tap tells {coach}; nothing else is asked."));
        var summary = model.Rating is null
            ? $"{coach} marked your request {request.Id} done. Was it helpful?"
            : $"You rated request {request.Id}: thank you";
        return CardLayout.FitToSize(
            [model.Note],
            texts => CardLayout.Render(
                Kind,
                instanceId,
                PlainText.Summary(summary, CardLimits.MaxSummaryLength),
                [
                    CardLayout.Heading($"Request {request.Id} is done"),
                    CardLayout.Plain(CardLayout.Bold(coach), CardLayout.Run(" marked your request done and wrote:")),
                    new Container { Style = ContainerStyle.Emphasis, Items = [CardLayout.Plain(CardLayout.Run(texts[0]))] },
                    .. RequestParts.Outline(request),
                    answer,
                    CardLayout.Note("Need more help? Just tell me what you need, or type **request support**."),
                ],
                actions));
    }
}

/// <summary>
/// <c>request.queue</c>: a coach's queue — open requests routed to them and those they claimed, oldest first with their
/// age in school days, each with a button to open it; then what they finished lately, with the teachers' ratings.
/// </summary>
public static class RequestQueueCard
{
    public const string Kind = "request.queue";

    private const int MaxNeedShown = 200;

    public static RenderedCard Create(RequestQueueModel model, string instanceId)
    {
        ArgumentNullException.ThrowIfNull(model);
        var body = new List<CardElement> { CardLayout.Heading("Your queue") };
        if (model.Open.Count == 0 && model.Claimed.Count == 0)
        {
            body.Add(CardLayout.Paragraph("Nothing is waiting for you: no open request was sent to you, and you have none claimed."));
        }

        Section(body, $"Waiting for a coach ({model.Open.Count})", model.Open, instanceId, withButton: true);
        Section(body, $"Claimed by you ({model.Claimed.Count})", model.Claimed, instanceId, withButton: true);
        if (model.Done.Count > 0)
        {
            Section(body, "Done lately", model.Done, instanceId, withButton: false);
        }

        body.Add(CardLayout.Note("Oldest first. Ages count school days only (no weekends or breaks)."));
        var summary = $"Your queue: {model.Open.Count} waiting, {model.Claimed.Count} claimed";
        return CardLayout.Render(Kind, instanceId, summary, body);
    }

    private static void Section(List<CardElement> body, string heading, IReadOnlyList<QueueItem> items, string instanceId, bool withButton)
    {
        if (items.Count == 0)
        {
            return;
        }

        body.Add(CardLayout.SectionHeading(heading));
        foreach (var item in items)
        {
            var request = item.Request;
            var entry = new List<CardElement>
            {
                CardLayout.Plain(CardLayout.Bold($"{request.Id} · {request.Support}"), CardLayout.Run($" · {request.Urgency}")),
                CardLayout.Plain(new TextRun { Text = $"From {request.TeacherName} · {item.Age}{(request.School is { } school ? $" · {school}" : "")}", IsSubtle = true, Size = TextSize.Small }),
            };
            if (item.Detail is { } detail)
            {
                entry.Add(CardLayout.Plain(CardLayout.Bold(detail)));
            }

            entry.Add(CardLayout.Plain(CardLayout.Run(PlainText.OneLine(item.Note ?? request.Need, MaxNeedShown))));
            if (withButton)
            {
                entry.Add(new ActionSet { Actions = [CardLayout.Button($"Open {request.Id}", new RunCommandPayload($"request {request.Id}"), instanceId)] });
            }

            body.Add(new Container { Separator = true, Spacing = Spacing.Medium, Items = entry });
        }
    }
}

/// <summary>
/// <c>request.reminder</c>: a reminder posted in a coaching channel when a request there has waited too long, with an
/// @mention of each coach it is meant for who has not passed (a mention is what makes Teams notify them).
/// </summary>
public static class RequestChannelReminderCard
{
    public const string Kind = "request.reminder";

    /// <param name="coaches">Each coach to mention: their Teams id (<c>29:…</c>) or Entra object id, and name.</param>
    public static RenderedCard Create(RequestCardModel request, string waited, IReadOnlyList<(string Id, string Name)> coaches, string instanceId)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(coaches);
        var mentions = coaches.Where(coach => !string.IsNullOrWhiteSpace(coach.Id))
            .Select(coach => MentionEntity.Create(coach.Id, string.IsNullOrWhiteSpace(coach.Name) ? "Coach" : coach.Name.Trim()))
            .ToList();
        var who = mentions.Count == 0 ? "Coaches who cover it" : string.Join(", ", mentions.Select(mention => mention.Text));
        var rendered = CardLayout.Render(
            Kind,
            instanceId,
            PlainText.Summary($"Reminder: request {request.Id} has waited {waited} and nobody has claimed it", CardLimits.MaxSummaryLength),
            [
                CardLayout.Heading($"Request {request.Id} is still waiting"),
                CardLayout.Plain(CardLayout.Run($"It has waited {waited} and nobody has claimed it.")),
                .. RequestParts.Outline(request),
                CardLayout.Paragraph($"{who}: please press **Claim** or **Not mine** on its post in this channel."),
            ]);
        if (mentions.Count == 0)
        {
            return rendered;
        }

        var card = new AdaptiveCard
        {
            FallbackText = rendered.Card.FallbackText,
            Body = rendered.Card.Body,
            Actions = rendered.Card.Actions,
            Teams = new TeamsCardProperties { Entities = [.. mentions] },
        };
        return new RenderedCard(Kind, instanceId, card, rendered.Summary);
    }
}

/// <summary>
/// <c>request.release</c>: the answer to <c>release</c> without an id — the requests the coach claimed, each with
/// "Give it back" (which runs <c>release R-…</c>).
/// </summary>
public static class RequestReleaseCard
{
    public const string Kind = "request.release";

    public static RenderedCard Create(IReadOnlyList<RequestCardModel> claimed, string instanceId)
    {
        ArgumentNullException.ThrowIfNull(claimed);
        var body = new List<CardElement>
        {
            CardLayout.Heading("Give a request back?"),
            CardLayout.Paragraph("It goes to the coaches who cover it again, and the teacher is told you can't help after all."),
        };
        foreach (var request in claimed.Take(RequestListCard.MaxItems))
        {
            body.Add(new Container
            {
                Separator = true,
                Spacing = Spacing.Medium,
                Items =
                [
                    CardLayout.Plain(CardLayout.Bold($"{request.Id} · {request.Support}"), CardLayout.Run($" · {request.Urgency}")),
                    CardLayout.Plain(new TextRun { Text = $"From {request.TeacherName}{(request.School is { } school ? $" · {school}" : "")}", IsSubtle = true, Size = TextSize.Small }),
                    CardLayout.Plain(CardLayout.Run(PlainText.OneLine(request.Need, 200))),
                    new ActionSet { Actions = [CardLayout.Button("Give it back", new RunCommandPayload($"release {request.Id}"), instanceId)] },
                ],
            });
        }

        return CardLayout.Render(Kind, instanceId, $"Give a request back? You have {claimed.Count} claimed", body);
    }
}

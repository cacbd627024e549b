using System.Text.Json;
using CoachBot.Cards;
using CoachBot.Cards.Actions;
using CoachBot.Cards.Views;
using CoachBot.Cards.Views.Coverage;
using CoachBot.Dialogs.Engine;
using CoachBot.Dialogs.Features.Coverage;
using CoachBot.Dialogs.State;

namespace CoachBot.Dialogs.Features.Requests;

/// <summary>
/// <c>my school</c>: which school the user teaches at (asked on their first request when there are several schools). Without
/// an argument it says which is remembered and opens a one-choice form; <c>my school Lincoln</c> sets it at once.
/// </summary>
public sealed class MySchoolCommand(Schools schools, UserSettingsStore settings) : IChatCommand
{
    public async Task RunAsync(DialogContext context, string arguments, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!schools.MustChoose)
        {
            context.Reply(schools.Names.Count == 1
                ? $"CoachBot serves one school, {schools.Names[0]}, so there's nothing to choose."
                : "CoachBot serves one school, so there's nothing to choose.");
            return;
        }

        if (arguments.Length > 0)
        {
            if (schools.Find(arguments) is not { } school)
            {
                context.Reply($"I don't know that school. The schools are: {string.Join(", ", schools.Names)}.");
                return;
            }

            await settings.UpdateAsync(context.Input.User.Key, s => s with { School = school }, cancellationToken);
            context.Reply(MySchoolDialog.Confirmation(school));
            return;
        }

        var current = schools.SchoolOf((await settings.GetAsync(context.Input.User.Key, cancellationToken)).School);
        context.Reply(current is null ? "You haven't said which school you teach at yet." : $"Your school is **{current}**.");
        await context.BeginDialogAsync(MySchoolDialog.DialogId, null, cancellationToken);
    }
}

public sealed class MySchoolDialogState
{
    public string? Current { get; set; }
}

/// <summary>The values of a saved school as the form submits them (for its read-only summary).</summary>
public sealed record SchoolValues(string School);

/// <summary>The "your school" form: one choice of <c>School:Schools</c>, remembered for the user's requests.</summary>
public sealed class MySchoolDialog : WaterfallDialog<MySchoolDialogState>
{
    public const string DialogId = "requests.school";

    public MySchoolDialog(Schools schools, UserSettingsStore settings)
        : base(DialogId, RequestsJsonContext.Default.MySchoolDialogState)
    {
        Do(async (context, state, cancellationToken) =>
        {
            state.Current = schools.SchoolOf((await settings.GetAsync(context.Input.User.Key, cancellationToken)).School);
            return StepOutcome.Next;
        });
        Add(new CardFormStep<MySchoolDialogState, SubmittedSchool>(
            (_, state, cardId) => SchoolFormCard.Create(schools.Names, state.Current, cardId),
            data => CardActionPayload.Read<SchoolSavePayload>(data) is { Succeeded: true } read ? new SubmittedSchool(read.Payload!.School, read.CardId!) : null,
            async (context, state, submitted, cancellationToken) =>
            {
                if (schools.Names.FirstOrDefault(name => name == submitted.School?.Trim()) is not { } school)
                {
                    return new FormSubmitResult.Rejected(RequestTexts.SchoolMissing);
                }

                await settings.UpdateAsync(context.Input.User.Key, s => s with { School = school }, cancellationToken);
                state.Current = school;
                RenderedCard form = SchoolFormCard.Create(schools.Names, school, submitted.FormCardId);
                var values = JsonSerializer.SerializeToElement(new SchoolValues(school), RequestsJsonContext.Default.SchoolValues);
                return new FormSubmitResult.Accepted(ReadOnlySummaryCard.FromSubmittedForm(form, values, context.Input.Culture), Confirmation(school));
            }));
    }

    public override string Title => "choosing your school";

    internal static string Confirmation(string school) => $"Done: your school is now **{school}**. Your requests go to its coaches.";

    private sealed record SubmittedSchool(string? School, string FormCardId);
}

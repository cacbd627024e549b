using System.Globalization;
using CoachBot.Cards.Views.Reflections;
using CoachBot.Dialogs.Engine.Recognizers;

namespace CoachBot.Dialogs.Features.Reflections;

/// <summary>
/// The rules a reflection keeps, for the one-liner and the form alike: words required (at most 2,000 characters; the
/// notes at most 1,000), minutes absent or 1–480, roles among the ten (inferred when none is chosen), diverted time
/// with minutes and without roles. A check either gives the content to save or the one problem to tell the coach.
/// </summary>
public sealed class ReflectionRules(ReflectionRoles roles)
{
    /// <summary>Checks a one-liner (<c>reflect: …</c> or, with <paramref name="kind"/> diverted, <c>diverted: …</c>).</summary>
    public ReflectionCheck CheckOneLiner(string arguments, ReflectionKind kind)
    {
        var parts = ReflectionOneLiner.Parse(arguments);
        if (parts.Text.Length > ReflectionLimits.MaxTextLength)
        {
            return ReflectionCheck.Problem(ReflectionTexts.OneLinerTooLong(parts.Text.Length));
        }

        if (parts.Minutes is { } minutes && !InRange(minutes))
        {
            return ReflectionCheck.Problem(ReflectionTexts.OneLinerMinutesOutOfRange(parts.MinutesTyped ?? minutes.ToString(CultureInfo.InvariantCulture)));
        }

        if (parts.Text.Length == 0)
        {
            return ReflectionCheck.Problem(ReflectionTexts.TextMissing);
        }

        return kind == ReflectionKind.Diverted
            ? ReflectionCheck.Valid(new ReflectionContent(ReflectionKind.Diverted, parts.Text, [], false, null, null, parts.Minutes))
            : ReflectionCheck.Valid(Coaching(parts.Text, [], null, null, parts.Minutes));
    }

    /// <summary>Checks what the form sent.</summary>
    public ReflectionCheck CheckForm(ReflectionFormValues values, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(values);
        var text = (values.Text ?? string.Empty).Trim();
        if (text.Length == 0)
        {
            return ReflectionCheck.Problem(ReflectionTexts.FormTextMissing);
        }

        if (text.Length > ReflectionLimits.MaxTextLength)
        {
            return ReflectionCheck.Problem(ReflectionTexts.FormTextTooLong(text.Length));
        }

        var wentWell = Note(values.WentWell);
        var nextStep = Note(values.NextStep);
        if (wentWell?.Length > ReflectionLimits.MaxNoteLength)
        {
            return ReflectionCheck.Problem(ReflectionTexts.NoteTooLong("What went well", wentWell.Length));
        }

        if (nextStep?.Length > ReflectionLimits.MaxNoteLength)
        {
            return ReflectionCheck.Problem(ReflectionTexts.NoteTooLong("Next step", nextStep.Length));
        }

        int? minutes = null;
        if (!string.IsNullOrWhiteSpace(values.Minutes))
        {
            if (!TryReadMinutes(values.Minutes, culture, out var read) || !InRange(read))
            {
                return ReflectionCheck.Problem(ReflectionTexts.FormMinutesInvalid(values.Minutes));
            }

            minutes = read;
        }

        if (values.Roles.FirstOrDefault(id => !roles.IsRole(id)) is { } unknown)
        {
            return ReflectionCheck.Problem(ReflectionTexts.UnknownRole(unknown));
        }

        if (values.Diverted)
        {
            return minutes is null
                ? ReflectionCheck.Problem(ReflectionTexts.DivertedNeedsMinutes)
                : ReflectionCheck.Valid(new ReflectionContent(ReflectionKind.Diverted, text, [], false, wentWell, nextStep, minutes));
        }

        return ReflectionCheck.Valid(Coaching(text, values.Roles, wentWell, nextStep, minutes));
    }

    /// <summary>Coaching work with the chosen roles (in the article's order), or the inferred ones when none was chosen.</summary>
    private ReflectionContent Coaching(string text, IReadOnlyList<string> chosen, string? wentWell, string? nextStep, int? minutes)
    {
        var ordered = roles.Options.Select(option => option.Id).Where(chosen.Contains).ToList();
        return ordered.Count > 0
            ? new ReflectionContent(ReflectionKind.Coaching, text, ordered, false, wentWell, nextStep, minutes)
            : new ReflectionContent(ReflectionKind.Coaching, text, roles.Infer(text), true, wentWell, nextStep, minutes);
    }

    private static bool InRange(int minutes) => minutes is >= ReflectionLimits.MinMinutes and <= ReflectionLimits.MaxMinutes;

    private static string? Note(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private static bool TryReadMinutes(string typed, CultureInfo culture, out int minutes)
    {
        minutes = 0;
        if (NumberRecognizer.Recognize(typed, culture) is { } number)
        {
            if (number != decimal.Truncate(number) || number < int.MinValue || number > int.MaxValue)
            {
                return false;
            }

            minutes = (int)number;
            return true;
        }

        return DurationText.TryReadWhole(typed, out minutes);
    }
}

/// <summary>The outcome of a check: the content to save, or the problem to tell the coach (nothing is saved).</summary>
public sealed record ReflectionCheck(ReflectionContent? Content, string? ProblemText)
{
    public static ReflectionCheck Valid(ReflectionContent content) => new(content, null);

    public static ReflectionCheck Problem(string text) => new(null, text);
}

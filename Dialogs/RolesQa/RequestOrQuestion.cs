using System.Text.RegularExpressions;

namespace CoachBot.Dialogs.RolesQa;

/// <summary>What a free-text message is: a request for a coach's support, a question for the roles Q&amp;A, or neither.</summary>
public enum MessageIntent
{
    /// <summary>A question (or anything else) the roles Q&amp;A should look at.</summary>
    Question,

    /// <summary>Someone asking for support ("I need help with…", "can someone come to my class…"): a support request.</summary>
    Request,
}

/// <summary>
/// The one decision between a support request and a question about coaching roles, so the two never fight over a
/// message. A request is phrased as asking for help for oneself or one's class; a question asks what a role is or does,
/// even when it uses the same words ("can a coach help with data?" is a question about the role).
/// </summary>
public static partial class RequestOrQuestion
{
    public static MessageIntent Classify(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return MessageIntent.Question;
        }

        var normalized = Squeeze(text.Trim().ToLowerInvariant().Replace('’', '\''));
        if (AboutTheRole().IsMatch(normalized))
        {
            return MessageIntent.Question;
        }

        return AskingForHelp().IsMatch(normalized) ? MessageIntent.Request : MessageIntent.Question;
    }

    private static string Squeeze(string text) => Whitespace().Replace(text, " ");

    // "what does / who is / how does a coach …", "can a coach be …", "is … a role": questions about the role itself.
    [GeneratedRegex(@"^(what|who|which|why|how|is|are|does|do|did|should|was|were)\b.*\b(coach|coaches|role|roles|specialist|mentor|facilitator|leader|supporter|provider|catalyst|learner|competenc\w*|2013|2014|author|article)\b|^(can|could|should|would) (a|the|my|our) (tech(nology)? )?(integration )?coach(es)? (be|still|also|really)\b", RegexOptions.CultureInvariant)]
    private static partial Regex AboutTheRole();

    [GeneratedRegex(@"\b(i|we|my team|our team|our grade( level)?|my class|my students)( really| just| also)? (need|needs|want|would like|'d like|am looking|are looking|'m looking|could use)\b|\b(can|could|would|will) (someone|somebody|anyone|anybody|a coach|the coach|you|a tech coach)( please)? (help|come|show|sit|support|work|meet|teach|train|run|look|walk|find|send|recommend|suggest|co-?teach|model|observe|give)\b|^(please )?help( me| us)?\b|\bhelp me\b|\bneed (some )?(help|support|ideas|resources|someone|a coach)\b|\blooking for (help|support|ideas|resources|someone|a coach|recommendations)\b|^(request|requesting|ask for|asking for) (support|help|a coach)\b|\b(any|some) (recommendations|suggestions|ideas) for\b|\banyone (have|got|know)\b|\b(i|we)'d (like|love)\b|\b(i'm|we're) (looking|hoping|trying to find)\b", RegexOptions.CultureInvariant)]
    private static partial Regex AskingForHelp();

    [GeneratedRegex(@"\s+", RegexOptions.CultureInvariant)]
    private static partial Regex Whitespace();
}

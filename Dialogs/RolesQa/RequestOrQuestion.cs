using CoachBot.Dialogs.Engine.Recognizers;
using System.Collections.Frozen;
using CoachBot.Dialogs.RolesQa.Text;

namespace CoachBot.Dialogs.RolesQa;

/// <summary>
/// Tells a teacher's request for support ("I need help with…", "can someone help me…", "could a coach come to
/// my class", "request support", "looking for resources on…") from a question about coaching roles ("what does a
/// mentor do?", "can a coach be a school leader?", "who helps teachers with data?"). Requests go to a coach; the
/// roles Q&amp;A declines them. Works on words, so case, punctuation and small typos in the cue words do not matter.
/// </summary>
/// <remarks>
/// The text is cut into clauses (at sentence ends, semicolons, colons, spaced dashes and commas). One clause that
/// asks for support makes the whole message a request: "how do I make my lessons more engaging? need a coach".
/// A clause asks for support when it
/// <list type="bullet">
/// <item>opens with a request verb: "help with…", "need someone to…", "looking for…", "request support";</item>
/// <item>says what I or we need, want or would like: "I need", "we'd like a coach", "would love some help", "our team needs someone";</item>
/// <item>asks someone, anyone or a coach to do something for me or us: "can someone help me", "could a coach join us", "if a coach could be in my room";</item>
/// <item>asks to get or have someone: "could I get a coach to…", "does anyone have good sites for…";</item>
/// <item>is a fragment that is no question but names help or what it is for: "benchmark data help pls", "PD for our team?";</item>
/// <item>reports trouble with something of mine: "my document camera isn't working".</item>
/// </list>
/// A clause that seeks to know or understand ("help me understand…", "I'd like to know…", "can you tell me…") is a question.
/// </remarks>
public static class RequestOrQuestion
{
    /// <summary>A message made only of these is small talk.</summary>
    private static readonly FrozenSet<string> SmallTalk = FrozenSet.ToFrozenSet(
        ["hi", "hello", "hey", "there", "thanks", "thank", "you", "ok", "okay", "lol", "bye", "cool", "great", "good", "morning",
         "afternoon", "evening", "night", "yes", "no", "yep", "nope", "sure", "nice", "cheers", "hmm", "um", "wow", "haha", "help"],
        StringComparer.Ordinal);

    /// <summary>Verbs that open a request ("help with…", "need someone…", "looking for…").</summary>
    private static readonly string[] RequestOpeners =
        ["help", "need", "needs", "needing", "looking", "seeking", "searching", "request", "requesting", "want", "wanting", "hoping",
         "schedule", "book", "arrange", "wondering"];

    /// <summary>Verbs of needing and wanting.</summary>
    private static readonly string[] Desires =
        ["need", "needs", "needed", "want", "wants", "like", "love", "hoping", "seeking", "looking", "searching", "require", "requesting", "wish",
         "appreciate", "struggling", "grateful"];

    /// <summary>Who a request is addressed to or asks for.</summary>
    private static readonly string[] Helpers =
        ["someone", "somebody", "anyone", "anybody", "coach", "coaches", "help", "support", "assistance", "mentor"];

    /// <summary>What a coach is asked to do for someone: "could you come into my class", "can you recommend…".</summary>
    private static readonly string[] ServiceVerbs =
        ["help", "come", "coteach", "co", "model", "run", "lead", "facilitate", "present", "join", "represent", "recommend", "suggest",
         "find", "send", "organize", "demonstrate", "demo", "train", "observe", "visit", "mentor", "meet", "review", "look", "share",
         "give", "guide", "walk", "set", "fix", "show", "go", "sit", "work", "support", "teach", "point", "check", "coach"];

    /// <summary>What "can you…" asks when it is a question about the role or the bot, not a request: "can you be both?".</summary>
    private static readonly string[] NotAsking = ["be", "do", "have", "say", "really", "still", "also", "call", "tell", "list", "explain", "describe", "compare", "name"];

    /// <summary>"any suggestions for…", "any ideas…".</summary>
    private static readonly string[] Suggestions = ["suggestions", "suggestion", "recommendations", "ideas", "tips", "advice", "resources", "help"];

    /// <summary>I or we as the one who needs something ("id" and "wed" are "I'd" and "we'd" with the apostrophe folded).</summary>
    private static readonly FrozenSet<string> FirstPersonSubjects = FrozenSet.ToFrozenSet(
        ["i", "we", "id", "wed", "im", "ive", "weve", "ill"], StringComparer.Ordinal);

    /// <summary>Me, us, my or our anywhere in the clause: the request is for the asker.</summary>
    private static readonly FrozenSet<string> FirstPerson = FrozenSet.ToFrozenSet(
        ["i", "we", "id", "wed", "im", "ive", "weve", "ill", "me", "my", "us", "our", "mine", "ours", "myself", "ourselves"],
        StringComparer.Ordinal);

    private static readonly FrozenSet<string> Modals = FrozenSet.ToFrozenSet(["can", "could", "would", "will", "may"], StringComparer.Ordinal);

    /// <summary>Words between a modal and its subject: "could a tech coach", "can our coach".</summary>
    private static readonly FrozenSet<string> Determiners = FrozenSet.ToFrozenSet(
        ["a", "an", "the", "our", "my", "your", "tech", "technology", "instructional", "integration", "one", "of", "some"],
        StringComparer.Ordinal);

    /// <summary>Verbs of coming to know: a clause that asks to know or understand something is a question.</summary>
    private static readonly FrozenSet<string> KnowingVerbs = FrozenSet.ToFrozenSet(
        ["know", "understand", "learn", "clarify", "confirm", "hear", "ask", "figure"], StringComparer.Ordinal);

    /// <summary>Words that ask to be told something ("tell me", "explain").</summary>
    private static readonly FrozenSet<string> TellingVerbs = FrozenSet.ToFrozenSet(
        ["tell", "explain", "describe", "remind", "define"], StringComparer.Ordinal);

    /// <summary>Words skipped between a desire and what is desired: "love some help", "need a little help".</summary>
    private static readonly FrozenSet<string> Quantifiers = FrozenSet.ToFrozenSet(
        ["a", "an", "the", "some", "more", "extra", "little", "bit", "of", "any", "real", "quick", "urgent"], StringComparer.Ordinal);

    private static readonly string[] SentenceBreaks = [".", "?", "!", ";", ":", "\n", " - ", " – ", " — ", " -- "];

    /// <summary>A fragment this short that names what it is for ("PD for our team") is a request.</summary>
    private const int FragmentWords = 8;

    /// <summary>How far (in words) a desire may follow its subject: "I really do need", "we would love".</summary>
    private const int SubjectReach = 3;

    /// <summary>Whether <paramref name="text"/> is a request for support, a question, or neither. Never throws.</summary>
    public static MessageIntent Classify(string? text)
    {
        var sentences = Sentences(text);
        var words = sentences.SelectMany(s => s).SelectMany(c => c).ToList();
        if (words.Count == 0 || words.All(SmallTalk.Contains))
        {
            return MessageIntent.Neither;
        }

        foreach (var clauses in sentences)
        {
            for (var i = 0; i < clauses.Count; i++)
            {
                if (AsksForSupport(clauses[i], firstInSentence: i == 0))
                {
                    return MessageIntent.Request;
                }
            }
        }

        return MessageIntent.Question;
    }

    private static bool AsksForSupport(List<string> clause, bool firstInSentence)
    {
        var start = 0;
        var polite = false;
        while (start < clause.Count - 1 && QuestionCues.Fillers.Contains(clause[start]))
        {
            polite |= clause[start] is "please" or "pls" or "plz";
            start++;
        }

        var words = clause.GetRange(start, clause.Count - start);
        if (words.Count == 0 || SeeksToKnow(words))
        {
            return false;
        }

        var opensQuestion = QuestionCues.Openers.Contains(words[0]);
        return (words.Count > 1 && IsAny(words[0], RequestOpeners))
            || (polite && !opensQuestion && !TellingVerbs.Contains(words[0]))
            || (words[0] == "any" && words.Count > 1 && IsAny(words[1], Suggestions))
            || SaysWhatIOrWeNeed(words)
            || AsksSomeoneToHelp(words)
            || AsksToGetSomeone(words)
            || ReportsTrouble(words)
            || (!opensQuestion && firstInSentence && words.Exists(word => IsAny(word, ["help"])))
            || (!opensQuestion && words.Count <= FragmentWords && NamesWhoItIsFor(words));
    }

    /// <summary>"help me understand", "I'd like to know", "trying to figure out", "can you tell me", "explain".</summary>
    private static bool SeeksToKnow(List<string> words)
    {
        for (var i = 0; i < words.Count; i++)
        {
            if (KnowingVerbs.Contains(words[i]) && i > 0 && Window(words, i - 3, i).Any(w => IsAny(w, [.. Desires, "help", "trying", "try", "wanted"])))
            {
                return true;
            }

            if (TellingVerbs.Contains(words[i]) && (i == 0 || (i + 1 < words.Count && words[i + 1] is "me" or "us") || Modals.Contains(words[i - 1]) || words[i - 1] is "you"))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"I need", "we'd like a coach", "I'm looking for", "would love some help", "our team needs someone".</summary>
    private static bool SaysWhatIOrWeNeed(List<string> words)
    {
        for (var i = 0; i < words.Count; i++)
        {
            if (!IsAny(words[i], Desires))
            {
                continue;
            }

            // "I want to be a coach" wishes for a state, it asks nobody for anything
            if (i + 2 < words.Count && words[i + 1] == "to" && words[i + 2] == "be")
            {
                continue;
            }

            // "like" and "love" want a "would"/"I'd" before them: "I like the mentor role" asks for nothing.
            var soft = words[i] is "like" or "love" or "wish";
            var before = Window(words, i - SubjectReach, i).ToList();
            var bySubject = (before.Exists(FirstPersonSubjects.Contains) || OwnerOf(before))
                && (!soft || before.Exists(w => w is "id" or "wed" or "would"))
                && !before.Exists(QuestionCues.Openers.Contains);
            var byModal = soft && before.Count > 0 && before[^1] is "would";
            var after = words.Skip(i + 1).SkipWhile(Quantifiers.Contains).FirstOrDefault();
            var forHelper = after is not null && IsAny(after, Helpers) && (!soft || before.Exists(w => w is "id" or "wed" or "would"))
                && !QuestionCues.Openers.Contains(words[0]); // "do we need a coach for every role?" asks about staffing
            if (bySubject || byModal || forHelper)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"our team", "our grade team", "my class" right before a desire ("our staff needs a workshop").</summary>
    private static bool OwnerOf(List<string> before)
    {
        var at = before.FindLastIndex(w => w is "our" or "my");
        return at >= 0 && before.Skip(at + 1).All(w => w is not ("and" or "or" or "but" or "for" or "to" or "of" or "in" or "with" or "from" or "on"));
    }

    /// <summary>"can someone help me", "could a coach join us", "if a coach could be in my room", "can you help me with…".</summary>
    private static bool AsksSomeoneToHelp(List<string> words)
    {
        var forMe = words.Exists(FirstPerson.Contains);

        // "how can a coach support our new teachers?" asks about the role; "who can help me with…" asks for someone
        var whQuestion = words[0] is "how" or "what" or "whats" or "why" or "which" or "when" or "where";
        for (var i = 0; i < words.Count && !whQuestion; i++)
        {
            if (!Modals.Contains(words[i]))
            {
                continue;
            }

            // the helper just after the modal ("could an experienced coach"), or just before it ("a coach could")
            var after = Window(words, i + 1, i + 4).TakeWhile(w => !Modals.Contains(w)).ToList();
            var helperAfter = after.Exists(w => IsAny(w, Helpers) && w is not "help" and not "support");
            var previous = i > 0 ? words[i - 1] : null;
            if ((helperAfter || (previous is not null && IsAny(previous, ["someone", "somebody", "anyone", "coach", "who"]))) && forMe)
            {
                return true;
            }

            // "any chance someone could show the 4th grade team…": someone is asked, for whoever it is
            if (previous is not null && IsAny(previous, ["someone", "somebody", "anyone", "anybody"]))
            {
                return true;
            }

            // "can you help me with Kahoot", "could you come into my class", "can you recommend some videos"
            var next = after.FirstOrDefault();
            if (next == "you" && i + 2 < words.Count && (IsAny(words[i + 2], ServiceVerbs) || (forMe && !IsAny(words[i + 2], NotAsking))))
            {
                return true;
            }

            // "I could use some advice", "can we go through my results together"
            if (next is "i" or "we" && i + 2 < words.Count
                && (words[i + 2] == "use" && previous is "i" or "we" || (previous is null or "so" && IsAny(words[i + 2], ServiceVerbs))))
            {
                return true;
            }

            if (previous is "i" or "we" && next == "use")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"could I get a coach…", "can we have someone…", "does anyone have good sites for…", "anyone know a tool for…".</summary>
    private static bool AsksToGetSomeone(List<string> words)
    {
        for (var i = 0; i + 2 < words.Count; i++)
        {
            if (Modals.Contains(words[i]) && words[i + 1] is "i" or "we" && words[i + 2] is "get" or "have" or "borrow" or "book" or "schedule" or "request")
            {
                return true;
            }
        }

        for (var i = 0; i + 1 < words.Count; i++)
        {
            if (IsAny(words[i], ["anyone", "anybody", "someone", "somebody"]) && words[i + 1] is "have" or "got" or "know" or "recommend" or "available" or "free" or "able")
            {
                return true;
            }

            // "is it possible to get a coach…", "would it be possible for a coach to…", "could use a hand"
            if ((words[i] is "get" or "have" or "book" && words.Skip(i + 1).SkipWhile(Quantifiers.Contains).FirstOrDefault() is { } wanted && IsAny(wanted, Helpers))
                || (words[i] == "possible" && words[i + 1] == "for" && i + 3 < words.Count && Window(words, i + 2, i + 4).Any(w => IsAny(w, Helpers)))
                || (words[i] == "could" && words[i + 1] == "use" && i + 2 < words.Count)
                || (IsAny(words[i], Helpers) && words[i + 1] is "available"))
            {
                return true;
            }

            // "is there someone who could…", "coach needed for…", "help wanted"
            if ((IsAny(words[i], ["someone", "somebody", "anyone", "anybody"]) && words[i + 1] == "who" && i + 2 < words.Count && Modals.Contains(words[i + 2]))
                || (IsAny(words[i], Helpers) && words[i + 1] is "needed" or "wanted" or "required"))
            {
                return true;
            }

            // "do you know any good websites for…", "where can I find lesson plans…"
            if ((words[i] == "you" && words[i + 1] == "know" && i + 2 < words.Count && words[i + 2] is "any" or "a" or "some" or "good" or "of")
                || (words[i] == "where" && i + 3 < words.Count && Modals.Contains(words[i + 1]) && words[i + 2] is "i" or "we" && words[i + 3] is "find" or "get"))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"my document camera isn't working", "our projector won't connect": trouble with something of mine.</summary>
    private static bool ReportsTrouble(List<string> words)
    {
        for (var i = 0; i + 1 < words.Count; i++)
        {
            if (words[i] is "isnt" or "not" or "wont" or "doesnt" or "cant" or "stopped" or "keeps"
                && words[i + 1] is "work" or "working" or "load" or "loading" or "open" or "opening" or "play" or "playing" or "connect" or "connecting" or "crashing" or "freezing")
            {
                return words.Exists(w => w is "my" or "our" or "i" or "we");
            }
        }

        return false;
    }

    /// <summary>"PD for our team", "tech vision for our school", "ideas for my class".</summary>
    private static bool NamesWhoItIsFor(List<string> words)
    {
        for (var i = 0; i + 1 < words.Count; i++)
        {
            if (words[i] == "for" && words[i + 1] is "our" or "my" or "me" or "us")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The word or a one-edit slip of it ("somone", "lookng") for cue words of five letters or more.</summary>
    private static bool IsAny(string word, string[] cues)
    {
        foreach (var cue in cues)
        {
            if (word == cue || (cue.Length >= Typos.OneEditLength && word.Length >= Typos.MinLength && EditDistance.WithinOne(word, cue)))
            {
                return true;
            }
        }

        return false;
    }

    private static IEnumerable<string> Window(List<string> words, int from, int to)
    {
        for (var i = Math.Max(0, from); i < Math.Min(words.Count, to); i++)
        {
            yield return words[i];
        }
    }

    /// <summary>The text as sentences, each as clauses (split at commas), each as words.</summary>
    private static List<List<List<string>>> Sentences(string? text)
    {
        var sentences = new List<List<List<string>>>();
        if (string.IsNullOrWhiteSpace(text))
        {
            return sentences;
        }

        foreach (var sentence in text.Split(SentenceBreaks, StringSplitOptions.RemoveEmptyEntries))
        {
            var clauses = sentence.Split(',')
                .Select(clause => TextAnalyzer.Words(clause))
                .Where(clause => clause.Count > 0)
                .ToList();
            if (clauses.Count > 0)
            {
                sentences.Add(clauses);
            }
        }

        return sentences;
    }
}

using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Text;

namespace CoachBot.Dialogs.Engine.Recognizers;

/// <summary>
/// Reads a yes/no answer: true for yes, false for no, null when the reply is neither (or both). Pure and thread-safe.
/// </summary>
/// <remarks>
/// The text is normalised (<see cref="TextNormalizer"/>), letter runs are squeezed ("yesss" → "yes",
/// "nooo" → "no") and 👍 ✔ ✔ ☑ 👌 / 👎 ❌ ✖ 🚫 count as the words yes / no. Then the longest known phrase is
/// matched at each word. Rules:
/// <list type="bullet">
/// <item>The reply must open with an answer, after optional interjections ("well", "oh", "um"):
/// "yes please", "no, thanks", "sure, let's do it", "nope, not now". "I guess yes" is null.</item>
/// <item>Both a yes and a no phrase anywhere → null ("yes no", "sure, but not now"). Phrases such as
/// "no problem"/"no worries" are yes; "absolutely not", "of course not", "not really" are no.</item>
/// <item>Undecided phrases make it null: "maybe", "not sure", "don't know", "no idea", "perhaps".</item>
/// <item>"cancel" anywhere → null: cancelling is the engine's global interruption, not a "no".</item>
/// <item>Words of six or more letters tolerate one typo ("definately", "absolutly").</item>
/// <item>Replies of more than 30 words are not confirmations → null.</item>
/// </list>
/// </remarks>
public static class ConfirmRecognizer
{
    private const int MaxWords = 30;
    private const int MaxPhraseWords = 4;

    private enum Meaning
    {
        Yes,
        No,
        Undecided,
        Filler,
    }

    private static readonly FrozenDictionary<string, Meaning> Phrases = BuildPhrases();

    /// <summary>Single words of six or more letters that may carry one typo, mapped to their spelling.</summary>
    private static readonly ImmutableArray<string> TypoTolerantWords = [.. Phrases.Keys.Where(k => k.Length >= 6 && !k.Contains(' ', StringComparison.Ordinal))];

    /// <summary>True for yes, false for no, null for anything else; see the type remarks.</summary>
    public static bool? Recognize(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var words = TextNormalizer.Tokenize(ReplaceEmoji(text));
        if (words.Count == 0 || words.Count > MaxWords)
        {
            return null;
        }

        var squeezed = words.Select(w => CorrectTypo(Squeeze(w))).ToArray();
        if (squeezed.Contains("cancel"))
        {
            return null;
        }

        Meaning? first = null;
        bool yes = false, no = false;
        for (var i = 0; i < squeezed.Length;)
        {
            var (meaning, length) = LongestPhraseAt(squeezed, i);
            i += Math.Max(length, 1);
            if (meaning is Meaning.Filler)
            {
                continue;
            }

            first ??= meaning ?? Meaning.Undecided;
            switch (meaning)
            {
                case Meaning.Yes: yes = true; break;
                case Meaning.No: no = true; break;
                case Meaning.Undecided: return null;
            }
        }

        if (yes == no)
        {
            return null;
        }

        return first switch
        {
            Meaning.Yes => true,
            Meaning.No => false,
            _ => null,
        };
    }

    private static (Meaning? Meaning, int Length) LongestPhraseAt(string[] words, int start)
    {
        for (var length = Math.Min(MaxPhraseWords, words.Length - start); length >= 1; length--)
        {
            var phrase = length == 1 ? words[start] : string.Join(' ', words, start, length);
            if (Phrases.TryGetValue(phrase, out var meaning))
            {
                return (meaning, length);
            }
        }

        return (null, 1);
    }

    private static string ReplaceEmoji(string text)
    {
        var builder = new StringBuilder(text.Length + 8);
        foreach (var rune in text.EnumerateRunes())
        {
            switch (rune.Value)
            {
                case 0x1F44D or 0x2705 or 0x2714 or 0x2611 or 0x1F44C:
                    builder.Append(" yes ");
                    break;
                case 0x1F44E or 0x274C or 0x2716 or 0x1F6AB:
                    builder.Append(" no ");
                    break;
                default:
                    builder.Append(rune.ToString());
                    break;
            }
        }

        return builder.ToString();
    }

    /// <summary>Collapses runs of the same letter: "yesss" → "yes", "okk" → "ok", "correct" → "corect".</summary>
    private static string Squeeze(string word)
    {
        var builder = new StringBuilder(word.Length);
        foreach (var c in word)
        {
            if (builder.Length == 0 || builder[^1] != c || char.IsAsciiDigit(c))
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    private static string CorrectTypo(string word)
    {
        if (word.Length < 6 || Phrases.ContainsKey(word))
        {
            return word;
        }

        var matches = TypoTolerantWords.Where(known => EditDistance.IsWithin(word, known, 1)).Take(2).ToArray();
        return matches.Length == 1 ? matches[0] : word;
    }

    private static FrozenDictionary<string, Meaning> BuildPhrases()
    {
        var phrases = new Dictionary<string, Meaning>(StringComparer.Ordinal);
        void Add(Meaning meaning, params string[] texts)
        {
            foreach (var text in texts)
            {
                phrases[string.Join(' ', TextNormalizer.Tokenize(text).Select(Squeeze))] = meaning;
            }
        }

        Add(Meaning.Yes,
            "yes", "y", "ya", "yah", "yeah", "yea", "yep", "yup", "ye", "yes please", "yes sir", "sure", "sure thing",
            "ok", "okay", "okey", "k", "kk", "alright", "all right", "of course", "definitely", "absolutely",
            "certainly", "correct", "right", "that's right", "thats correct", "that is right", "that is correct",
            "please do", "go ahead", "go for it", "do it", "sounds good", "i think so", "affirmative", "indeed",
            "agreed", "true", "yes of course", "no problem", "no worries", "why not", "exactly", "totally");
        Add(Meaning.No,
            "no", "n", "nope", "nah", "naw", "nay", "no thanks", "no thank you", "not now", "not yet", "not today",
            "not really", "never", "no way", "negative", "not at all", "absolutely not", "definitely not",
            "of course not", "certainly not", "i don't think so", "don't", "do not", "please don't", "rather not",
            "i'd rather not", "wrong", "incorrect", "false", "not right", "not correct", "that's wrong");
        Add(Meaning.Undecided,
            "maybe", "perhaps", "not sure", "unsure", "don't know", "i don't know", "dunno", "idk", "no idea",
            "possibly", "maybe later", "later", "never mind", "nevermind");
        Add(Meaning.Filler,
            "please", "pls", "thanks", "thank you", "thx", "ty", "well", "um", "umm", "uh", "hmm", "oh", "ah", "so",
            "very much");
        return phrases.ToFrozenDictionary(StringComparer.Ordinal);
    }
}

using System.Collections.Frozen;

namespace CoachBot.Dialogs.RolesQa.Text;

/// <summary>
/// Everyday English words that are rare in a small knowledge base but say nothing about a topic ("involve",
/// "time", "best", "important"). With only a few dozen topics, idf would make such a word look decisive;
/// their weight is capped at <see cref="MaxWeight"/> instead, in ranking and in coverage alike.
/// </summary>
internal static class CommonWords
{
    /// <summary>The most an everyday word can weigh (a topic word weighs up to about 3).</summary>
    public const double MaxWeight = 0.4;

    /// <summary>The everyday vocabulary of any school conversation: capped like everyday words, but real words to correct typos to.</summary>
    public static readonly FrozenSet<string> SchoolLife = new[]
    {
        "school", "schools", "student", "students", "teacher", "teachers", "class", "classes", "education",
        "educational", "lesson", "lessons",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Everyday English words; a mistyped word is never "corrected" into one of these ("taxes" is not "takes").</summary>
    public static readonly FrozenSet<string> Everyday = new[]
    {
        "act", "acts", "acting", "involve", "involves", "involved", "involving", "entail", "entails", "include", "includes",
        "including", "consist", "consists", "name", "names", "time", "times", "day", "days", "week", "weeks", "month", "months",
        "best", "better", "good", "great", "nice", "important", "importance", "matter", "matters", "big", "small", "right",
        "real", "fine", "succeed", "success", "successful", "work", "works", "working", "need", "needs", "needed", "make",
        "makes", "making", "made", "take", "takes", "taking", "put", "keep", "keeps", "start", "starts", "try", "trying",
        "look", "looking", "see", "think", "thought", "come", "comes", "place", "part", "area", "someone", "anyone",
        "everyone", "somebody", "help", "helps", "helping", "helpful", "able", "ability", "possible", "example",
        "examples", "idea", "ideas", "question", "questions", "answer", "answers", "tomorrow", "yesterday", "morning",
        "afternoon", "evening", "night", "last", "next", "first", "second", "around", "across", "along",
        "without", "between", "ago", "since", "new", "different", "same", "way",
        "type", "types", "sort", "whole", "general", "specific", "typical", "typically", "usually", "normally", "main",
        "mainly", "exactly", "simply", "today", "tonight", "ever", "never", "always", "sometimes", "maybe",
        "perhaps", "probably", "hard", "easy", "difficult", "short", "high", "low", "full", "free", "open",
        "close", "get", "gets", "getting", "give", "gives", "set", "sets", "run", "runs", "ask", "asks", "asked",
        "play", "plays", "played", "playing", "hold", "holds", "held", "bring", "brings", "offer", "offers", "seem", "seems",
        "feel", "feels", "allow", "allows", "consider", "turn", "turns", "believe", "hear", "begin", "begins", "person's",
        "life", "world", "hand", "hands", "lot", "bit", "stuff", "kind", "top", "end", "point", "fact", "case", "group",
        "number", "level", "order", "line", "side", "form", "reason", "reasons", "purpose", "overall", "really",
        "actual", "current", "currently", "common", "usual", "certain", "clear", "quick", "quickly", "likely", "various",
        "particular", "special", "key", "major", "basic", "simple", "true", "false", "worst",
        "two", "three", "four", "five", "six", "eight", "nine", "plus", "minus", "numbers",
        "talk", "talking", "learnt", "go", "goes", "went",

        // Verbs of saying, thinking and perceiving: the frame of a question, not its topic ("I was told the coach is
        // supposed to...", "I've heard our coach described as...").
        "tells", "told", "telling", "hears", "heard", "hearing", "sees", "saw", "seen", "seeing", "looks", "looked",
        "watch", "watches", "watched", "notice", "noticed", "notices", "thinks", "thinking", "believes",
        "believed", "wonder", "wonders", "wondered", "wondering", "guess", "guessed", "understand", "understands",
        "understood", "realize", "realise", "realized", "realised", "remember", "remembered", "forget", "forgot",
        "forgotten", "felt", "feeling", "suppose", "supposed", "supposedly", "mention", "mentions", "mentioned",
        "suggest", "suggests", "suggested", "suggesting", "claim", "claims", "claimed", "argue", "argues", "argued",
        "call", "calls", "calling", "described", "describes",

        // Everyday verbs of doing that say nothing about which coaching role is meant.
        "handle", "handles", "handled", "handling", "deal", "deals", "dealt", "dealing", "cover", "covers", "covered",
        "covering", "fit", "fits", "fitted", "fitting", "sit", "sits", "sat", "sitting", "stand", "stands", "stood",
        "spend", "spends", "spent", "spending", "send", "sends", "sent", "sending", "carry", "carries", "carried",
        "carrying", "appear", "appears", "appeared", "stop", "stops", "stopped", "stopping", "ended", "finish",
        "finishes", "finished", "started", "starting", "began", "begun", "tried", "tries", "wish", "wishes", "wished",
        "hope", "hopes", "hoped", "hoping", "love", "loves", "loved", "liked", "prefer", "prefers", "preferred",
        "lets", "relate", "relates", "relating", "count", "counts", "counted", "counting", "pick", "picks",
        "picked", "choose", "chooses", "chose", "cut", "cuts", "apply", "applies", "applied", "applying",
        "check", "checks", "checked", "checking", "mind", "care", "cares", "cared", "worry", "worries", "worried",
        "bother", "happens", "gotten", "gone", "leave", "leaves", "left", "leaving",

        // Everyday adjectives and adverbs.
        "official", "officially", "similar", "similarly", "pretty", "comfortable", "uncomfortable", "surprised",
        "surprising", "surprise", "honest", "honestly", "literal", "literally", "entire", "entirely", "ordinary",
        "normal", "obvious", "obviously", "wrong", "correct", "correctly", "exact", "proper", "properly", "recent",
        "recently", "later", "soon", "together", "alone", "back", "down", "anyway", "somehow", "somewhat", "nobody",
        "anybody", "weekly", "daily", "monthly", "total", "totally", "fully", "partly", "mostly", "nearly", "hardly",
        "barely", "truly", "unlikely", "unsure", "confused", "confusing", "interesting", "curious", "busy", "story",
        "piece", "pieces", "kinds", "longer",
    }.ToFrozenSet(StringComparer.Ordinal);

    public static bool Contains(string word) => Everyday.Contains(word) || SchoolLife.Contains(word);

    /// <summary>
    /// The most a word that names the article, its author or its sources can weigh: questions use them to
    /// attribute ("does the article think…", "what would Jean Tower remove…") more often than to ask about them.
    /// </summary>
    public const double MaxAttributionWeight = 1.0;

    /// <summary>Words that name the article, its author and its sources.</summary>
    public static readonly FrozenSet<string> Attribution = new[]
    {
        "article", "articles", "blog", "post", "posts", "framework", "jean", "tower", "maggie", "hos", "mcgrane",
    }.ToFrozenSet(StringComparer.Ordinal);
}

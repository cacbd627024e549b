using System.Collections.Frozen;

namespace CoachBot.Dialogs.RolesQa.Text;

/// <summary>
/// Words that carry no topic: function words, question words and conversational filler ("tell me",
/// "explain", "please"). They are dropped before ranking and never count against a question's coverage.
/// </summary>
internal static class StopWords
{
    public static readonly FrozenSet<string> All = new[]
    {
        "a", "about", "after", "again", "all", "also", "am", "an", "and", "any", "anything", "are", "as", "at",
        "be", "because", "been", "before", "being", "both", "but", "by",
        "can", "could", "did", "do", "does", "doing", "done", "during",
        "each", "else", "even", "ever", "every",
        "for", "from", "get", "gets", "give", "go", "going", "got",
        "had", "has", "have", "having", "he", "her", "here", "him", "his", "how", "however",
        "i", "if", "in", "into", "is", "it", "its", "itself", "just",
        "kind", "know", "let", "like", "likes", "lot", "lots",
        "main", "many", "may", "me", "mean", "means", "meant", "might", "mine", "more", "most", "much", "must", "my", "myself",
        "no", "nor", "now", "of", "off", "often", "on", "one's", "only", "or", "other", "others", "our", "ours", "out", "over", "own",
        "please", "pls", "plz", "quite", "rather", "really",
        "said", "say", "says", "she", "should", "show", "so", "some", "something", "such", "sure",
        "tell", "than", "that", "the", "their", "theirs", "them", "then", "there", "these", "they", "thing", "things", "this", "those", "through", "to", "too",
        "under", "until", "up", "us", "use", "used", "using",
        "very", "want", "wants", "was", "way", "ways", "we", "well", "were", "what", "whats", "when", "where", "which", "while", "who", "whom", "whose", "why", "will", "with", "would",
        "yes", "yet", "you", "your", "yours", "yourself",
        "explain", "describe", "define", "definition", "meaning", "details", "detail", "exactly", "basically", "actually",
        "hey", "ok", "okay", "thanks", "thank",
        "inside", "outside", "onto", "upon", "within", "per", "via", "among", "amongst", "beyond", "toward", "towards",
        "everything", "everybody", "nothing", "somewhere", "anywhere", "everywhere", "whatever", "whoever", "whenever",
        "shall", "ought", "cannot", "already", "almost", "enough", "either", "neither", "whether", "though", "although",
        "isnt", "arent", "wasnt", "werent", "dont", "doesnt", "didnt", "cant", "couldnt", "wont", "wouldnt", "im", "ive", "id", "youre", "its",
    }.ToFrozenSet(StringComparer.Ordinal);

    public static bool Contains(string word) => All.Contains(word);
}

namespace CoachBot.Dialogs.RolesQa.Ranking;

/// <summary>
/// How much each field of a topic counts when ranking (BM25F weight and length normalisation) and how much a
/// question word found only in that field counts as "covered" when computing confidence. A word the index has
/// never seen weighs <see cref="UnknownWordShare"/> of the rarest possible word: more than any known word in
/// questions (an unknown word is a sign of an out-of-scope question; 1.0–1.25 measured best, 1.5 starts to
/// push real questions out), half in requests (a request is always for some role, and its
/// specifics, "fractions", "Padlet", are rarely in the knowledge). <see cref="CoverageExponent"/> shapes how
/// much coverage drives confidence: fully for questions, as a square root for requests, where the choice
/// among a closed set of roles matters more than explaining every word. Beyond <see cref="FocusWords"/> words,
/// the words a topic leaves unexplained count proportionally less towards coverage: a long question is mostly
/// context around a few words that say what it is about. With <see cref="ListedWordsCount"/>, an everyday word
/// that a topic lists in its request words ("try", "free", "start") keeps its full weight.
/// </summary>
internal sealed record FieldProfile(
    string Name,
    IReadOnlyDictionary<TopicField, double> Weights,
    IReadOnlyDictionary<TopicField, double> Coverage,
    double UnknownWordShare,
    double CoverageExponent,
    double FocusWords,
    bool ListedWordsCount = false)
{
    /// <summary>Length normalisation per field: long answers are damped more than short titles.</summary>
    public static double LengthNormalisation(TopicField field) => field switch
    {
        TopicField.Title => 0.3,
        TopicField.Keywords or TopicField.Requests => 0.3,
        TopicField.Alternates => 0.4,
        _ => 0.75,
    };

    /// <summary>Fields that are lists of words: a word counts once however many phrases repeat it.</summary>
    public static bool IsSet(TopicField field) => field is TopicField.Keywords or TopicField.Requests;

    /// <summary>
    /// Questions: titles, alternate questions and keywords are the strongest evidence, the answer text
    /// weaker, the 2013/author sections weakest; teachers' request words are not used.
    /// </summary>
    public static FieldProfile Questions { get; } = new(
        "questions",
        new Dictionary<TopicField, double>
        {
            [TopicField.Title] = 4.0,
            [TopicField.Alternates] = 1.5,
            [TopicField.Keywords] = 2.0,
            [TopicField.Answer] = 1.0,
            [TopicField.Sections] = 0.5,
        },
        new Dictionary<TopicField, double>
        {
            [TopicField.Title] = 1.0,
            [TopicField.Alternates] = 1.0,
            [TopicField.Keywords] = 1.0,
            [TopicField.Answer] = 0.6,
            [TopicField.Sections] = 0.4,
        },
        UnknownWordShare: 1.25,
        CoverageExponent: 1.0,
        FocusWords: 3);

    /// <summary>Support requests: the roles' request words, titles and keywords alike, then the answer.</summary>
    public static FieldProfile Requests { get; } = new(
        "requests",
        new Dictionary<TopicField, double>
        {
            [TopicField.Title] = 2.0,
            [TopicField.Keywords] = 2.0,
            [TopicField.Requests] = 2.0,
            [TopicField.Answer] = 1.0,
        },
        new Dictionary<TopicField, double>
        {
            [TopicField.Title] = 1.0,
            [TopicField.Keywords] = 1.0,
            [TopicField.Requests] = 1.0,
            [TopicField.Answer] = 0.5,
        },
        UnknownWordShare: 0.5,
        CoverageExponent: 0.5,
        FocusWords: double.PositiveInfinity,
        ListedWordsCount: true);
}

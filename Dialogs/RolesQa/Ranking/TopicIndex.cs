using CoachBot.Dialogs.Engine.Recognizers;
using System.Collections.Frozen;
using CoachBot.Dialogs.RolesQa.Text;

namespace CoachBot.Dialogs.RolesQa.Ranking;

/// <summary>
/// A BM25F index over a set of topics for one <see cref="FieldProfile"/>: stemmed words and adjacent word
/// pairs, per-field weights and length normalisation, typo tolerance (<see cref="Typos"/>) against the index vocabulary.
/// Built once, immutable, safe to share between threads.
/// </summary>
internal sealed class TopicIndex
{
    private const double K1 = 1.2;

    /// <summary>Question words people mistype ("wat", "wht", "hw"); an unknown short word one edit from these is dropped.</summary>
    private static readonly string[] QuestionWords =
        ["what", "how", "why", "who", "where", "when", "which", "does", "about", "tell", "the", "and", "with", "this", "that", "there", "their", "have", "your", "role", "would", "could", "should"];

    private readonly KnowledgeTopic[] _topics;
    private readonly FrozenDictionary<string, Posting[]> _postings;
    private readonly FrozenDictionary<string, double> _idf;
    private readonly FrozenDictionary<string, string> _surfaceToStem;
    private readonly string[] _surfaceWords;
    private readonly FrozenSet<string> _listedPairs;
    private readonly FrozenSet<string> _requestTerms;
    private readonly FrozenSet<string> _stems;

    public TopicIndex(IReadOnlyList<KnowledgeTopic> topics, FieldProfile profile)
    {
        ArgumentNullException.ThrowIfNull(topics);
        ArgumentNullException.ThrowIfNull(profile);
        Profile = profile;
        _topics = [.. topics];
        var documents = _topics.Select(topic => Analyse(topic, profile)).ToArray();
        var averageLengths = Enum.GetValues<TopicField>().ToDictionary(
            field => field,
            field => Math.Max(1.0, documents.Select(d => d.Lengths.GetValueOrDefault(field)).DefaultIfEmpty(0).Average()));

        var postings = new Dictionary<string, List<Posting>>(StringComparer.Ordinal);
        for (var doc = 0; doc < documents.Length; doc++)
        {
            var perTerm = new Dictionary<string, (double Tf, double Coverage)>(StringComparer.Ordinal);
            foreach (var ((field, term), count) in documents[doc].Counts)
            {
                var b = FieldProfile.LengthNormalisation(field);
                var norm = 1 - b + (b * documents[doc].Lengths.GetValueOrDefault(field) / averageLengths[field]);
                var tf = profile.Weights[field] * count / norm;
                // A word that is only part of a listed phrase covers the question only for its share.
                var coverage = profile.Coverage.GetValueOrDefault(field) * (FieldProfile.IsSet(field) ? Math.Min(1.0, count) : 1.0);
                var previous = perTerm.GetValueOrDefault(term);
                perTerm[term] = (previous.Tf + tf, Math.Max(previous.Coverage, coverage));
            }

            foreach (var (term, (tf, coverage)) in perTerm)
            {
                if (!postings.TryGetValue(term, out var list))
                {
                    postings[term] = list = [];
                }

                list.Add(new Posting(doc, tf, coverage));
            }
        }

        var n = documents.Length;
        _postings = postings.ToFrozenDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.Ordinal);
        _idf = postings.ToFrozenDictionary(p => p.Key, p => Idf(n, p.Value.Count), StringComparer.Ordinal);
        UnknownWeight = Idf(n, 0) * profile.UnknownWordShare;

        var surface = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var document in documents)
        {
            foreach (var (word, stem) in document.Surface)
            {
                surface.TryAdd(word, stem);
            }
        }

        _surfaceToStem = surface.ToFrozenDictionary(StringComparer.Ordinal);
        _listedPairs = documents.SelectMany(d => d.ListedPairs).ToFrozenSet(StringComparer.Ordinal);
        _requestTerms = documents.SelectMany(d => d.Counts.Keys).Where(k => k.Field == TopicField.Requests).Select(k => k.Term).ToFrozenSet(StringComparer.Ordinal);

        _surfaceWords = [.. surface.Keys
            .Where(word => word.Length >= 4 && !CommonWords.Everyday.Contains(word))
            .OrderBy(word => _idf[surface[word]])
            .ThenBy(word => word, StringComparer.Ordinal)];
        _stems = _surfaceWords.Select(word => surface[word]).Where(stem => stem.Length >= Typos.OneEditLength).ToFrozenSet(StringComparer.Ordinal);
    }

    public IReadOnlyList<KnowledgeTopic> Topics => _topics;

    public FieldProfile Profile { get; }

    /// <summary>The weight of a question word the index has never seen: as rare as a word can be.</summary>
    public double UnknownWeight { get; }

    /// <summary>Analyses a question: distinct stems (typos corrected where one edit finds an indexed word) and indexed bigrams.</summary>
    public QueryTerm[] Parse(string text)
    {
        var terms = new List<QueryTerm>();
        var bigrams = new List<QueryTerm>();
        foreach (var phrase in TextAnalyzer.Phrases(text))
        {
            ParsePhrase(phrase, terms, bigrams);
        }

        terms.AddRange(bigrams);
        return [.. terms];
    }

    private void ParsePhrase(string phrase, List<QueryTerm> terms, List<QueryTerm> bigrams)
    {
        string? previous = null;
        var previousCommon = false;
        var previousWeight = 0.0;
        foreach (var word in TextAnalyzer.Words(phrase))
        {
            if (StopWords.Contains(word))
            {
                continue; // a stop word does not break a bigram: "find and share" pairs find/share
            }

            var term = Resolve(word, out var corrected, out var surface);
            if (term is null)
            {
                if (!IsMistypedQuestionWord(word))
                {
                    var everyday = CommonWords.Contains(word);
                    var unknownWeight = everyday ? CommonWords.MaxWeight : UnknownWeight;
                    AddDistinct(terms, new QueryTerm(PorterStemmer.Stem(word), unknownWeight, Known: false, IsBigram: false, Corrected: false, everyday));
                }

                previous = null;
                continue;
            }

            // In routing, an everyday word a role lists as a request word ("try", "free", "start") is its evidence.
            var common = CommonWords.Contains(surface) && !(Profile.ListedWordsCount && _requestTerms.Contains(term));
            var weight = common ? Math.Min(_idf[term], CommonWords.MaxWeight)
                : CommonWords.Attribution.Contains(surface) ? Math.Min(_idf[term], CommonWords.MaxAttributionWeight)
                : _idf[term];
            AddDistinct(terms, new QueryTerm(term, weight, Known: true, IsBigram: false, corrected, common));
            if (previous is not null)
            {
                // An everyday word pairs only in a phrase a topic lists ("keep learning", "take off"), never by chance.
                var pair = Pair(previous, term);
                // A pair says no more than its two words together: "role of the tech coach" pairs generic words.
                if (_idf.TryGetValue(pair, out var idf) && ((!common && !previousCommon) || _listedPairs.Contains(pair)))
                {
                    AddDistinct(bigrams, new QueryTerm(pair, Math.Min(idf, previousWeight + weight), Known: true, IsBigram: true, Corrected: false));
                }
            }

            previous = term;
            previousCommon = common;
            previousWeight = weight;
        }
    }

    /// <summary>Ranks the topics accepted by <paramref name="include"/> (all when null), best first.</summary>
    public RankedTopic[] Rank(QueryTerm[] query, Func<KnowledgeTopic, bool>? include = null)
    {
        ArgumentNullException.ThrowIfNull(query);
        var scores = new double[_topics.Length];
        var evidence = new double[_topics.Length];
        var bigramEvidence = new double[_topics.Length];
        var totalWeight = 0.0;
        foreach (var term in query)
        {
            if (!term.IsBigram)
            {
                totalWeight += term.Weight;
            }

            if (!term.Known || !_postings.TryGetValue(term.Term, out var postings))
            {
                continue;
            }

            foreach (var posting in postings)
            {
                scores[posting.Doc] += term.Weight * posting.Tf * (K1 + 1) / (posting.Tf + K1);
                if (term.IsBigram)
                {
                    bigramEvidence[posting.Doc] += term.Weight * posting.Coverage;
                }
                else
                {
                    evidence[posting.Doc] += term.Weight * posting.Coverage;
                }
            }
        }

        // A question made only of words the knowledge uses, at least one of them a topic word ("what does a
        // coach do?"), is in scope even when too generic to pin a topic: its support never drops below the floor.
        var inDomain = query.Any(t => t.Known && !t.IsBigram && !t.Common) && query.All(t => t.Known || t.Common);

        // In a long question most words are context ("I teach 7th grade science and ... what is that role
        // called?"): beyond FocusWords words, what a topic leaves unexplained counts proportionally less.
        var words = query.Count(t => !t.IsBigram);
        var unexplainedShare = Math.Min(1.0, Profile.FocusWords / Math.Max(1.0, words));
        var ranked = new List<RankedTopic>(_topics.Length);
        for (var doc = 0; doc < _topics.Length; doc++)
        {
            if (scores[doc] > 0 && totalWeight > 0 && (include is null || include(_topics[doc])))
            {
                var unexplained = Math.Max(0, totalWeight - evidence[doc]) * unexplainedShare;
                var coverage = evidence[doc] <= 0 ? 0 : Math.Min(1.0, evidence[doc] / (evidence[doc] + unexplained));
                var support = Math.Min(1.0, (evidence[doc] + bigramEvidence[doc]) / ConfidenceThresholds.FullEvidence);
                var generic = inDomain && support < ConfidenceThresholds.InDomainSupportFloor;
                if (generic)
                {
                    support = ConfidenceThresholds.InDomainSupportFloor;
                }

                // Rank by relevance times coverage: a topic that explains the whole question beats one that
                // repeats part of it often.
                ranked.Add(new RankedTopic(_topics[doc], scores[doc] * coverage, coverage, evidence[doc] + bigramEvidence[doc], support, generic));
            }
        }

        ranked.Sort((x, y) => y.Score.CompareTo(x.Score));
        return [.. ranked];
    }

    private string? Resolve(string word, out bool corrected, out string surface)
    {
        corrected = false;
        surface = word;
        var stem = PorterStemmer.Stem(word);
        if (_idf.ContainsKey(stem))
        {
            return stem;
        }

        // Porter keeps "directly" apart from "direct": try the word without its adverb ending.
        if (word.Length > 5 && word.EndsWith("ly", StringComparison.Ordinal)
            && _idf.ContainsKey(PorterStemmer.Stem(word[..^2])))
        {
            surface = word[..^2];
            return PorterStemmer.Stem(surface);
        }

        // An everyday word is a real word, not a slip: "stuff" is not "staff", "taxes" not "takes".
        if (word.Length < Typos.MinLength || word.Any(char.IsDigit) || CommonWords.Contains(word))
        {
            return null;
        }

        // The nearest indexed word wins; at the same distance one that keeps every typed letter ("learnr" →
        // "learner", not "learn": dropping a letter is the commoner slip), then the most common one
        // (_surfaceWords is ordered rarest-last by idf).
        string? best = null;
        var bestRank = int.MaxValue;
        foreach (var candidate in _surfaceWords)
        {
            if (Typos.Distance(word, candidate) is not { } distance)
            {
                continue;
            }

            var rank = (distance * 2) + (candidate.Length < word.Length ? 1 : 0);
            if (rank < bestRank)
            {
                best = candidate;
                bestRank = rank;
            }
        }

        // "reprots" is two edits from "report" but its stem "reprot" one from the stem "report"
        if (best is null)
        {
            var near = stem.Length >= Typos.OneEditLength && stem != word
                ? _stems.FirstOrDefault(candidate => candidate[0] == stem[0] && Typos.Distance(stem, candidate) == 1)
                : null;
            if (near is null)
            {
                return null;
            }

            corrected = true;
            surface = _surfaceWords.First(w => _surfaceToStem[w] == near);
            return near;
        }

        corrected = true;
        surface = best;
        return _surfaceToStem[best];
    }

    private static bool IsMistypedQuestionWord(string word) =>
        word.Length <= 5 && QuestionWords.Any(question => EditDistance.WithinOne(word, question));

    /// <summary>Two neighbouring terms in either order: "2013 competencies" meets "competencies of 2013".</summary>
    private static string Pair(string first, string second) =>
        string.CompareOrdinal(first, second) <= 0 ? first + " " + second : second + " " + first;

    private static void AddDistinct(List<QueryTerm> terms, QueryTerm term)
    {
        if (!terms.Exists(existing => existing.Term == term.Term))
        {
            terms.Add(term);
        }
    }

    private static double Idf(int documents, int frequency) =>
        Math.Log(1 + ((documents - frequency + 0.5) / (frequency + 0.5)));

    private static AnalysedTopic Analyse(KnowledgeTopic topic, FieldProfile profile)
    {
        var analysed = new AnalysedTopic();
        foreach (var (field, units) in Fields(topic))
        {
            if (!profile.Weights.ContainsKey(field))
            {
                continue;
            }

            foreach (var unit in units)
            {
                analysed.Add(field, unit);
            }
        }

        return analysed;
    }

    private static IEnumerable<(TopicField Field, IEnumerable<string> Units)> Fields(KnowledgeTopic topic)
    {
        yield return (TopicField.Title, [topic.Title]);
        yield return (TopicField.Alternates, topic.Alternates);
        yield return (TopicField.Keywords, topic.Keywords);
        yield return (TopicField.Requests, topic.Requests);
        yield return (TopicField.Answer, [topic.Answer]);
        yield return (TopicField.Sections, new[] { topic.Origin2013, topic.AuthorView }.OfType<string>());
    }

    private readonly record struct Posting(int Doc, double Tf, double Coverage);

    /// <summary>Term counts of one topic per field, while the index is built.</summary>
    private sealed class AnalysedTopic
    {
        public Dictionary<(TopicField Field, string Term), double> Counts { get; } = [];

        public Dictionary<TopicField, int> Lengths { get; } = [];

        public Dictionary<string, string> Surface { get; } = new(StringComparer.Ordinal);

        /// <summary>Word pairs of the title, alternates, keywords and request words: phrases the topic means.</summary>
        public HashSet<string> ListedPairs { get; } = new(StringComparer.Ordinal);

        public void Add(TopicField field, string text)
        {
            foreach (var phrase in TextAnalyzer.Phrases(text))
            {
                AddPhrase(field, phrase);
            }
        }

        private void AddPhrase(TopicField field, string text)
        {
            var words = TextAnalyzer.Words(text).Where(word => !StopWords.Contains(word)).ToList();
            // In a list of phrases a word counts once, and a word of a longer phrase counts only as its share
            // of the phrase: "coaching cycle" is evidence for mentoring as a pair, "cycle" alone barely is.
            var isSet = FieldProfile.IsSet(field);
            var share = isSet && words.Count > 1 ? 1.0 / Math.Sqrt(words.Count) : 1.0;
            string? previous = null;
            foreach (var word in words)
            {
                var term = PorterStemmer.Stem(word);
                Surface.TryAdd(word, term);
                Count(field, term, isSet, share);
                Lengths[field] = Lengths.GetValueOrDefault(field) + 1;
                if (previous is not null)
                {
                    var pair = Pair(previous, term);
                    Count(field, pair, isSet, 1.0);
                    if (field is not (TopicField.Answer or TopicField.Sections))
                    {
                        ListedPairs.Add(pair);
                    }
                }

                previous = term;
            }
        }

        private void Count(TopicField field, string term, bool isSet, double amount) =>
            Counts[(field, term)] = isSet
                ? Math.Max(Counts.GetValueOrDefault((field, term)), amount)
                : Counts.GetValueOrDefault((field, term)) + amount;
    }
}

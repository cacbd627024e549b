using CoachBot.Cards.Views.Roles;
using CoachBot.Dialogs.RolesQa.Ranking;
using CoachBot.Dialogs.RolesQa.Text;

namespace CoachBot.Dialogs.RolesQa;

/// <summary>
/// Answers questions about coaching roles from the knowledge base, in process: ranks the topics (BM25F over
/// titles, alternate questions, keywords and answers, with stemming, synonyms and one-edit typo tolerance),
/// turns the ranking into a confidence and a band, resolves follow-ups against the previous topic, and routes
/// free-text requests to roles. Immutable after construction and safe to share between threads.
/// </summary>
public sealed class QuestionAnswerer
{
    /// <summary>Score boost for topics of the previous topic's kind in an elliptical follow-up ("and the mentor?").</summary>
    private const double SameKindBoost = 1.25;

    /// <summary>Score factor for a 2013 competency when the question has no hint of the past or of change.</summary>
    private const double PresentDayCompetencyPrior = 0.8;

    /// <summary>Score factor for the 2014 and 2013 list overviews when the question asks what changed between them.</summary>
    private const double ListsWhenAskedWhatChangedPrior = 0.8;

    /// <summary>
    /// A question that names two roles or competencies by their titles is about both when the second scores at
    /// least this share of the first: it gets "did you mean" with both rather than one of them.
    /// </summary>
    private const double TwoNamedTopicsRatio = 0.75;

    private readonly TopicIndex _questions;
    private readonly Dictionary<string, string[]> _titleTerms;
    private readonly TopicIndex _requests;

    public QuestionAnswerer(KnowledgeBase knowledge)
    {
        ArgumentNullException.ThrowIfNull(knowledge);
        Knowledge = knowledge;
        _questions = new TopicIndex(knowledge.Topics, FieldProfile.Questions);
        _requests = new TopicIndex([.. knowledge.Topics.Where(topic => topic.Kind == TopicKind.Role)], FieldProfile.Requests);
        _titleTerms = knowledge.Topics
            .Where(topic => topic.Kind != TopicKind.General)
            .ToDictionary(topic => topic.Id, topic => TextAnalyzer.Terms(topic.Title).Where(term => !term.All(char.IsDigit)).ToArray(), StringComparer.Ordinal);
    }

    public KnowledgeBase Knowledge { get; }

    /// <summary>
    /// Answers <paramref name="question"/>. With <paramref name="previousTopicId"/> (the topic of the last
    /// answer shown), short follow-ups such as "tell me more", "what about in 2013?" or "and the mentor?" are
    /// resolved in its context; anything else is ranked on its own. Never throws for any text. A caller that has already
    /// classified the text passes its <paramref name="intent"/> so it is not worked out twice.
    /// </summary>
    public QaResult Answer(string? question, string? previousTopicId = null, MessageIntent? intent = null)
    {
        if (string.IsNullOrWhiteSpace(question))
        {
            return Declined(DeclineReason.OutOfScope);
        }

        // Requests go to a coach, commands to their feature, how-tos to a coach: none of them is a question about roles.
        var words = TextAnalyzer.Words(question);
        if ((intent ?? RequestOrQuestion.Classify(question)) == MessageIntent.Request)
        {
            return Declined(DeclineReason.AsksForHelp);
        }

        if (CommandWords.IsCommand(words))
        {
            return Declined(DeclineReason.UnknownCommand);
        }

        if (QuestionCues.AsksHowTo(words))
        {
            return Declined(DeclineReason.HowTo);
        }

        KnowledgeTopic? previous = null;
        if (previousTopicId is not null)
        {
            Knowledge.TryGetTopic(previousTopicId, out previous);
        }

        if (previous is not null)
        {
            if (FollowUpResolver.IsMore(words))
            {
                return Certain(previous, FollowUpKind.More);
            }

            if (FollowUpResolver.AskedYear(words) is { } year)
            {
                var target = Knowledge.GetTopic(FollowUpResolver.YearTarget(previous, year, Knowledge));
                return Certain(target, year == 2013 ? FollowUpKind.In2013 : FollowUpKind.In2014);
            }

            if (FollowUpResolver.EllipticalRemainder(words) is { } remainder)
            {
                var resolved = Rank(remainder, previous.Kind);
                if (resolved.Band != AnswerBand.None)
                {
                    return resolved with { FollowUp = FollowUpKind.OtherTopic };
                }
            }
        }

        return Rank(question, preferredKind: null);
    }

    /// <summary>
    /// Maps a free-text request to the best-fitting role among <paramref name="candidateRoleIds"/> (for
    /// support requests <see cref="TopicIds.RoutableRoles"/>, for reflections <see cref="TopicIds.AllRoles"/>).
    /// Ids that are not roles of the knowledge are ignored. Never throws for any text.
    /// </summary>
    public RouteResult Route(string? text, IReadOnlyCollection<string> candidateRoleIds)
    {
        ArgumentNullException.ThrowIfNull(candidateRoleIds);
        if (string.IsNullOrWhiteSpace(text) || candidateRoleIds.Count == 0)
        {
            return new RouteResult { Band = AnswerBand.None };
        }

        var candidates = candidateRoleIds as IReadOnlySet<string> ?? candidateRoleIds.ToHashSet(StringComparer.Ordinal);
        var ranked = _requests.Rank(_requests.Parse(text), topic => candidates.Contains(topic.Id));
        var exponent = _requests.Profile.CoverageExponent;
        var confidence = ConfidenceModel.Of(ranked, exponent);
        return new RouteResult
        {
            RoleId = ranked.Length > 0 ? ranked[0].Topic.Id : null,
            Confidence = Math.Round(confidence, 4),
            Band = ranked.Length == 0
                ? AnswerBand.None
                : ConfidenceModel.Band(confidence, ConfidenceThresholds.RouteAnswer, ConfidenceThresholds.RouteDidYouMean),
            Candidates = ConfidenceModel.Top(ranked, exponent),
        };
    }

    private QaResult Rank(string question, TopicKind? preferredKind)
    {
        var ranked = _questions.Rank(_questions.Parse(question));
        var words = TextAnalyzer.Words(question);
        var asksAboutThePast = QuestionCues.AsksAboutThePast(words);
        var asksWhatChanged = QuestionCues.AsksWhatChanged(words);
        if (ranked.Length > 1 && ((preferredKind is { } kind && kind != TopicKind.General) || !asksAboutThePast || asksWhatChanged))
        {
            ranked = [.. ranked
                .Select(r => r with { Score = r.Score * Prior(r.Topic, preferredKind, asksAboutThePast, asksWhatChanged) })
                .OrderByDescending(r => r.Score)];
        }

        var exponent = _questions.Profile.CoverageExponent;
        var confidence = ConfidenceModel.Of(ranked, exponent);
        var band = ConfidenceModel.Band(confidence, ConfidenceThresholds.Answer, ConfidenceThresholds.DidYouMean);

        // Only words every topic shares, and not even asked as a question ("coach stuff"): nothing to offer.
        if (band != AnswerBand.None && ranked[0].Generic && !QuestionCues.IsFramedAsQuestion(question, words))
        {
            band = AnswerBand.None;
        }

        // Two roles named side by side ("a mentor or a classroom supporter?"): offer both.
        if (band == AnswerBand.Answer && NamesTwoTopics(question, ranked))
        {
            band = AnswerBand.DidYouMean;
            confidence = Math.Min(confidence, ConfidenceThresholds.GenericCeiling);
        }

        return new QaResult
        {
            Topic = ranked.Length > 0 ? ranked[0].Topic : null,
            Confidence = Math.Round(confidence, 4),
            Band = band,
            Candidates = ConfidenceModel.Top(ranked, exponent),
            DeclineReason = band == AnswerBand.None ? DeclineReason.OutOfScope : DeclineReason.None,
        };
    }

    /// <summary>
    /// How much a topic's kind fits the question: the previous topic's kind is preferred in an elliptical
    /// follow-up; a 2013 competency is history, so a question with no hint of the past or of change ("who finds
    /// and shares resources?") leans to the present-day role; and a question about what changed ("which items
    /// were dropped from the old list?") leans away from the two lists themselves to the comparison.
    /// </summary>
    private static double Prior(KnowledgeTopic topic, TopicKind? preferredKind, bool asksAboutThePast, bool asksWhatChanged) =>
        (topic.Kind == preferredKind ? SameKindBoost : 1.0)
        * (topic.Kind == TopicKind.Competency2013 && !asksAboutThePast ? PresentDayCompetencyPrior : 1.0)
        * (asksWhatChanged && topic.Id is TopicIds.Roles2014 or TopicIds.Competencies2013 ? ListsWhenAskedWhatChangedPrior : 1.0);

    /// <summary>True when two of the top three topics are roles or competencies named by their titles, the second close enough to the first.</summary>
    private bool NamesTwoTopics(string question, RankedTopic[] ranked)
    {
        var terms = TextAnalyzer.Terms(question).ToHashSet(StringComparer.Ordinal);
        var named = ranked.Take(3)
            .Where(r => _titleTerms.TryGetValue(r.Topic.Id, out var title) && title.Length > 0 && title.All(terms.Contains))
            .ToList();
        return named.Count >= 2 && named[1].Score >= TwoNamedTopicsRatio * named[0].Score;
    }

    private static QaResult Declined(DeclineReason reason) => new() { Band = AnswerBand.None, DeclineReason = reason };

    private static QaResult Certain(KnowledgeTopic topic, FollowUpKind followUp) => new()
    {
        Topic = topic,
        Confidence = 1,
        Band = AnswerBand.Answer,
        Candidates = [new ScoredTopic(topic.Id, topic.Title, 1)],
        FollowUp = followUp,
    };
}

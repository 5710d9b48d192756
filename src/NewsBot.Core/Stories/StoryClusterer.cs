using NewsBot.Core.Analysis;
using NewsBot.Core.Articles;
using NewsBot.Core.Sources;
using NewsBot.Core.Text;

namespace NewsBot.Core.Stories;

/// <summary>
/// Groups articles about the same event into stories: an article joins the open story whose words are
/// closest to its own (cosine of TF-IDF vectors against the story's summed vector) if close enough,
/// else opens a story. A story stays open for <see cref="Window"/> after its newest article. Not
/// thread-safe: one clusterer per ingestion loop.
/// </summary>
public sealed class StoryClusterer
{
    /// <summary>How long after its newest article a story still takes new ones.</summary>
    public static readonly TimeSpan Window = TimeSpan.FromDays(3);

    /// <summary>
    /// Cosine above which an article is the same story. Each seed scores 0.26–0.33 against the other
    /// four; articles on other subjects, French or English, stay under 0.08 against them.
    /// </summary>
    public const double Threshold = 0.2;

    // Document frequencies start as if this many unrelated articles had been seen, so the first
    // articles' shared words are not all discounted as common.
    private const int PriorDocuments = 20;

    private readonly List<OpenStory> _stories = [];
    private readonly Dictionary<string, int> _documentFrequency = new(StringComparer.Ordinal);
    private int _documents;
    private long _lastId;

    public IReadOnlyList<Story> Stories => _stories.Select(s => s.Snapshot()).ToList();

    /// <summary>Adds the article to its story (a new one if none is close) and returns that story.</summary>
    public Story Add(Article article, ArticleAnalysis analysis)
    {
        ArgumentNullException.ThrowIfNull(article);
        ArgumentNullException.ThrowIfNull(analysis);
        var vector = StoryVector.Of(article.Title, article.Text);
        _documents++;
        foreach (var key in vector.Keys)
        {
            _documentFrequency[key] = _documentFrequency.GetValueOrDefault(key) + 1;
        }

        var time = article.Published?.Value ?? article.FetchedAt;
        OpenStory? best = null;
        var bestScore = Threshold;
        foreach (var story in _stories)
        {
            if (time - story.LastSeen > Window)
            {
                continue;
            }

            var score = Similarity(vector, story.Words);
            if (score >= bestScore)
            {
                (best, bestScore) = (story, score);
            }
        }

        if (best is null)
        {
            best = new OpenStory(++_lastId);
            _stories.Add(best);
        }

        best.Add(article, analysis, vector, time);
        return best.Snapshot();
    }

    /// <summary>The cosine between an article and a story, scoring each word 1 + ln(count) times its rarity.</summary>
    internal double Similarity(Dictionary<string, int> article, Dictionary<string, int> story)
    {
        double dot = 0, a2 = 0, s2 = 0;
        foreach (var (key, count) in article)
        {
            var weight = Weight(key, count);
            a2 += weight * weight;
            if (story.TryGetValue(key, out var storyCount))
            {
                dot += weight * Weight(key, storyCount);
            }
        }

        foreach (var (key, count) in story)
        {
            var weight = Weight(key, count);
            s2 += weight * weight;
        }

        return a2 == 0 || s2 == 0 ? 0 : dot / Math.Sqrt(a2 * s2);
    }

    private double Weight(string key, int count) =>
        (1 + Math.Log(count)) * Math.Log((double)(_documents + PriorDocuments) / (_documentFrequency.GetValueOrDefault(key) + 1));

    private sealed class OpenStory(long id)
    {
        private readonly List<Article> _articles = [];
        private readonly FigureUnion _figures = new();
        private readonly List<CitedSource> _sources = [];

        public Dictionary<string, int> Words { get; } = new(StringComparer.Ordinal);

        public DateTimeOffset LastSeen { get; private set; } = DateTimeOffset.MinValue;

        public void Add(Article article, ArticleAnalysis analysis, Dictionary<string, int> vector, DateTimeOffset time)
        {
            _articles.Add(article);
            foreach (var (key, count) in vector)
            {
                Words[key] = Words.GetValueOrDefault(key) + count;
            }

            _figures.Add(article.Id, analysis.Figures, analysis.Language);
            foreach (var source in analysis.Sources)
            {
                if (!_sources.Any(s => TextFolding.Fold(s.Name) == TextFolding.Fold(source.Name)))
                {
                    _sources.Add(source);
                }
            }

            LastSeen = time > LastSeen ? time : LastSeen;
        }

        public Story Snapshot() => new()
        {
            Id = id,
            Articles = [.. _articles],
            Figures = [.. _figures.Figures],
            Sources = [.. _sources],
            LastSeen = LastSeen,
        };
    }
}

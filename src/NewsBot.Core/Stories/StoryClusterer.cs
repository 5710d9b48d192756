using NewsBot.Core.Analysis;
using NewsBot.Core.Articles;
using NewsBot.Core.Subscriptions.Matching;

namespace NewsBot.Core.Stories;

/// <summary>
/// Groups articles about the same event into stories. An article is read into a bounded vector of its
/// heaviest terms (<see cref="ArticleReader"/>); the open stories it shares a head term with are found
/// through an index (<see cref="StoryIndex"/>) and only those are scored; it joins the closest if the
/// evidence is about the same event, else opens a story. A story stays open for <see cref="Window"/>
/// after its newest article, then leaves memory and the index; document frequencies count only the
/// last days. Memory is a function of the window's news, not of uptime. Not thread-safe: one clusterer
/// per ingestion loop.
/// </summary>
public sealed class StoryClusterer
{
    /// <summary>How long after its newest article a story still takes new ones.</summary>
    public static readonly TimeSpan Window = TimeSpan.FromDays(3);

    /// <summary>
    /// Cosine between an article's vector and a story's above which, in the same language, the article
    /// is the same event, given <see cref="MinShared"/> shared terms: the vectors keep only heavy
    /// (rare) terms, so sharing five of them and this much weight is evidence about one event.
    /// </summary>
    public const double Threshold = 0.1;

    /// <summary>
    /// Cosine over names, numbers and alias groups alone above which an article joins a story written in
    /// other languages only: the only words a French and an English report share.
    /// </summary>
    public const double BridgeThreshold = 0.3;

    /// <summary>Distinct terms an article must share with a story to join it: one common name is not an event.</summary>
    public const int MinShared = 5;

    /// <summary>Names, numbers and alias groups a report must share with a story in another language: a country and its leader are not an event.</summary>
    public const int MinSharedBridges = 4;

    private readonly TermVocabulary _vocabulary = new();
    private readonly ArticleReader _reader;
    private readonly StoryIndex _index = new();
    private readonly Dictionary<long, StoryState> _open = [];
    private readonly Dictionary<long, StoryState> _byStoredId = [];
    private readonly PriorityQueue<StoryState, DateTimeOffset> _expiry = new();

    // The article being scored: its terms' places in its vector, by hash, as stories keep them.
    private readonly Dictionary<ulong, int> _articleTerms = [];
    private DateTimeOffset _clock = DateTimeOffset.MinValue;
    private long _lastId;
    private long _serial;

    public StoryClusterer()
        : this(AliasTable.Empty)
    {
    }

    public StoryClusterer(AliasTable aliases) => _reader = new ArticleReader(_vocabulary, new StoryAliases(aliases));

    /// <summary>Stories open now: their newest article is within <see cref="Window"/> of the newest article seen.</summary>
    public int OpenStories => _open.Count;

    /// <summary>Term objects the clusterer has in memory: its cache of the terms read since the last sweep.</summary>
    internal int VocabularySize => _vocabulary.Size;

    /// <summary>Terms of the window's articles counted by hash: the window's vocabulary (the stories bench prints it).</summary>
    internal int TermsCounted => _vocabulary.Counted;

    /// <summary>Open stories scored so far, over all articles: what the index lets through (the stories bench prints it per article).</summary>
    internal long StoriesScored { get; private set; }

    /// <summary>Adds the article to its story (a new one if none is about the same event) and says which.</summary>
    public StoryPlacement Add(Article article, ArticleAnalysis analysis)
    {
        var (vector, time) = Read(article, analysis);
        var best = Best(vector, time);
        var isNew = best is null;
        best ??= Open(storedId: null, time);
        return Join(best, vector, time, isNew);
    }

    /// <summary>
    /// Puts the article back in the stored story it was assigned to, as after a restart: replaying the
    /// window's assignments in order rebuilds the state the clusterer had.
    /// </summary>
    public StoryPlacement Restore(Article article, ArticleAnalysis analysis, long storedId)
    {
        var (vector, time) = Read(article, analysis);
        ClearScratch(vector);
        var isNew = !_byStoredId.TryGetValue(storedId, out var story) || story.Closed;
        if (isNew)
        {
            story = Open(storedId, time);
            _byStoredId[storedId] = story;
        }

        return Join(story!, vector, time, isNew);
    }

    /// <summary>Records the stored story created for the clusterer's story <paramref name="id"/>.</summary>
    public void Attach(long id, long storedId)
    {
        if (_open.TryGetValue(id, out var story))
        {
            story.StoredId = storedId;
            _byStoredId[storedId] = story;
        }
    }

    private (ArticleVector Vector, DateTimeOffset Time) Read(Article article, ArticleAnalysis analysis)
    {
        ArgumentNullException.ThrowIfNull(article);
        ArgumentNullException.ThrowIfNull(analysis);
        var time = article.Published?.Value ?? article.FetchedAt;
        if (time > _clock)
        {
            _clock = time;
            Expire();
        }

        var day = Day(_clock);
        _vocabulary.Sweep(day);
        _serial++;
        var vector = _reader.Read(article.Title, article.Text, analysis.Language, day);
        for (var i = 0; i < vector.Terms.Length; i++)
        {
            vector.Terms[i].Scratch = vector.Weights[i];
            vector.Terms[i].ScratchBridge = vector.Bridge[i];
        }

        return (vector, time);
    }

    private StoryState? Best(ArticleVector vector, DateTimeOffset time)
    {
        var language = LanguageBits.Of(vector.Language);
        _articleTerms.Clear();
        for (var i = 0; i < vector.Terms.Length; i++)
        {
            _articleTerms[vector.Terms[i].Hash] = i;
        }

        StoryState? best = null;
        var bestScore = 0.0;
        foreach (var story in _index.Candidates(vector, _serial))
        {
            if (story.Closed || time - story.LastSeen > Window)
            {
                continue;
            }

            StoriesScored++;

            double dot = 0, bridgeDot = 0;
            int shared = 0, sharedBridges = 0;
            for (var i = 0; i < story.Terms.Length; i++)
            {
                if (!_articleTerms.TryGetValue(story.Terms[i], out var a) || vector.Weights[a] <= 0)
                {
                    continue;
                }

                var weight = vector.Weights[a];
                dot += story.Weights[i] * weight;
                shared++;
                if (story.Bridge[i] && vector.Bridge[a])
                {
                    bridgeDot += story.Weights[i] * weight;
                    sharedBridges++;
                }
            }

            // A story told in other languages too is also judged on what crosses languages, so the second
            // French report of an English story joins as the first did.
            var otherLanguage = language != 0 && (story.Languages & ~language) != 0;
            var sameLanguage = language == 0 || story.Languages == 0 || (story.Languages & language) != 0;
            var score = Math.Max(
                sameLanguage && shared >= MinShared && story.Norm > 0 ? dot / story.Norm / Threshold : 0,
                otherLanguage && sharedBridges >= MinSharedBridges && story.BridgeNorm > 0 && vector.BridgeNorm > 0 ? bridgeDot / (story.BridgeNorm * vector.BridgeNorm) / BridgeThreshold : 0);
            if (score >= 1 && score > bestScore)
            {
                (best, bestScore) = (story, score);
            }
        }

        ClearScratch(vector);
        return best;
    }

    private StoryState Open(long? storedId, DateTimeOffset time)
    {
        var story = new StoryState(++_lastId) { StoredId = storedId };
        _open.Add(story.Id, story);
        _expiry.Enqueue(story, time);
        return story;
    }

    private StoryPlacement Join(StoryState story, ArticleVector vector, DateTimeOffset time, bool isNew)
    {
        story.Add(vector, time);
        _index.Reindex(story);
        return new StoryPlacement(story.Id, story.StoredId, isNew, story.Articles, story.LastSeen);
    }

    /// <summary>Closes the stories whose newest article left the window; a story that grew since it was queued goes back in line.</summary>
    private void Expire()
    {
        var limit = _clock - Window;
        while (_expiry.TryPeek(out var story, out var queuedAt) && queuedAt < limit)
        {
            _expiry.Dequeue();
            if (story.LastSeen >= limit)
            {
                _expiry.Enqueue(story, story.LastSeen);
                continue;
            }

            _index.Remove(story);
            story.Release();
            _open.Remove(story.Id);
            if (story.StoredId is { } stored && _byStoredId.TryGetValue(stored, out var same) && same == story)
            {
                _byStoredId.Remove(stored);
            }
        }
    }

    private static void ClearScratch(ArticleVector vector)
    {
        foreach (var term in vector.Terms)
        {
            (term.Scratch, term.ScratchBridge) = (0, false);
        }
    }

    private static int Day(DateTimeOffset time) => (int)(time.UtcTicks / TimeSpan.TicksPerDay);
}

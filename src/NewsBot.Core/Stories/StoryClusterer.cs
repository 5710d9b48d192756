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
/// per ingestion loop. The stories' vectors are kept in memory, or in a file of the process
/// (<see cref="WithVectorsIn"/>), which disposing the clusterer deletes. At most a given number of stories are
/// open at once: past it, the story told least recently closes before its window ends, so memory has a bound
/// whatever the rate of news.
/// </summary>
public sealed class StoryClusterer : IDisposable
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

    /// <summary>No bound on open stories but the window.</summary>
    public const int Unbounded = int.MaxValue;

    private readonly TermVocabulary _vocabulary = new();
    private readonly int _maxOpenStories;
    private readonly ArticleReader _reader;
    private readonly StoryTable _stories;
    private readonly StoryIndex _index;

    // Stored story -> slot, for the replay after a start (Restore); dropped at the first Add, since a story found by
    // its terms carries its stored id in its head: 200,000 entries at a large deployment's rate.
    private Dictionary<long, int>? _byStoredId = [];
    private bool _added;

    // Story ids by the time of their newest article when queued.
    private readonly PriorityQueue<long, long> _expiry = new();

    // The article being scored: its terms' places in its vector, by hash, as stories keep them.
    private readonly Dictionary<uint, int> _articleTerms = [];
    private DateTimeOffset _clock = DateTimeOffset.MinValue;
    private long _serial;

    public StoryClusterer()
        : this(AliasTable.Empty)
    {
    }

    /// <summary>Its stories' vectors in memory; at most <paramref name="maxOpenStories"/> stories open at once.</summary>
    public StoryClusterer(AliasTable aliases, int maxOpenStories = Unbounded)
        : this(aliases, new MemoryStoryVectors(), maxOpenStories)
    {
    }

    private StoryClusterer(AliasTable aliases, IStoryVectors vectors, int maxOpenStories)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxOpenStories, 1);
        _maxOpenStories = maxOpenStories;
        _reader = new ArticleReader(_vocabulary, new StoryAliases(aliases));
        _stories = new StoryTable(vectors);
        _index = new StoryIndex(_stories);
    }

    /// <summary>Where its stories' vectors are: a file's path (unlinked at once where the system allows), or null when they are in memory.</summary>
    public string? VectorFile { get; private init; }

    /// <summary>
    /// A clusterer whose stories' vectors are in a file it creates in <paramref name="directory"/>, deleted when it is
    /// disposed or the process ends (~240 bytes an open story); throws <see cref="IOException"/> or <see cref="UnauthorizedAccessException"/>
    /// if the file cannot be created.
    /// </summary>
    public static StoryClusterer WithVectorsIn(string directory, AliasTable aliases, int maxOpenStories = Unbounded)
    {
        ArgumentException.ThrowIfNullOrEmpty(directory);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxOpenStories, 1);
        var file = FileStoryVectors.Create(directory);
        return new StoryClusterer(aliases, file, maxOpenStories) { VectorFile = file.Path };
    }

    /// <summary>Stories open now: their newest article is within <see cref="Window"/> of the newest article seen.</summary>
    public int OpenStories => _stories.Count;

    /// <summary>Stories closed before their window ended, to open another within the bound on open stories.</summary>
    public long ClosedEarly { get; private set; }

    /// <summary>
    /// How long the last story closed early had gone without a new article, counted from the newest article seen:
    /// the window the bound leaves at the present rate of news. Zero while none has been.
    /// </summary>
    public TimeSpan LastClosedEarlyQuiet { get; private set; }

    /// <summary>Terms the open stories are indexed under (the stories bench prints it).</summary>
    internal int IndexedTerms => _index.Count;

    /// <summary>Indexed terms of more than one story (the stories bench prints it).</summary>
    internal int SharedTerms => _index.Shared;

    /// <summary>Megabytes of the stories' pages, the index and the table of counts (the stories bench prints them).</summary>
    internal (double Stories, double Index, double Counts) PartsMb =>
        (_stories.Bytes / 1048576.0, _index.Bytes / 1048576.0, _vocabulary.CountBytes / 1048576.0);

    /// <summary>Bytes of the stories' pages, the index and the table of counts (the deployment soak prints them).</summary>
    internal long Bytes => _stories.Bytes + _index.Bytes + _vocabulary.CountBytes;

    /// <summary>Term objects the clusterer has in memory: its cache of the terms read since the last sweep.</summary>
    internal int VocabularySize => _vocabulary.Size;

    /// <summary>Terms of the window's articles counted by hash: the window's vocabulary (the stories bench prints it).</summary>
    internal int TermsCounted => _vocabulary.Counted;

    /// <summary>Open stories scored so far, over all articles: what the index lets through (the stories bench prints it per article).</summary>
    internal long StoriesScored { get; private set; }

    /// <summary>Adds the article to its story (a new one if none is about the same event) and says which.</summary>
    public StoryPlacement Add(Article article, ArticleAnalysis analysis)
    {
        if (!_added)
        {
            // The replay is over: stories are found by their terms from now on, not by their stored ids.
            (_added, _byStoredId) = (true, null);
        }

        var (vector, time) = Read(article, analysis);
        var best = Best(vector, time);
        var isNew = best < 0;
        if (isNew)
        {
            best = Open(storedId: 0, time);
        }

        return Join(best, vector, time, isNew);
    }

    /// <summary>
    /// Puts the article back in the stored story it was assigned to, as after a restart: replaying the
    /// window's assignments in order, before the first <see cref="Add"/>, rebuilds the state the clusterer had.
    /// </summary>
    /// <exception cref="InvalidOperationException">An article was added already: the replay comes first.</exception>
    public StoryPlacement Restore(Article article, ArticleAnalysis analysis, long storedId)
    {
        if (_byStoredId is null)
        {
            throw new InvalidOperationException("Stories are restored before the first article is added.");
        }

        var (vector, time) = Read(article, analysis);
        ClearScratch(vector);
        var isNew = !_byStoredId.TryGetValue(storedId, out var story);
        if (isNew)
        {
            story = Open(storedId, time);
            _byStoredId[storedId] = story;
        }

        return Join(story, vector, time, isNew);
    }

    /// <summary>Records the stored story created for the clusterer's story <paramref name="id"/>.</summary>
    public void Attach(long id, long storedId)
    {
        var story = _stories.SlotOf(id);
        if (story >= 0)
        {
            _stories.Head(story).StoredId = storedId;
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

    /// <summary>The slot of the open story the article is about, or -1.</summary>
    private int Best(ArticleVector vector, DateTimeOffset time)
    {
        var language = LanguageBits.Of(vector.Language);
        _articleTerms.Clear();
        for (var i = 0; i < vector.Terms.Length; i++)
        {
            _articleTerms.TryAdd(vector.Terms[i].Hash, i);
        }

        var best = -1;
        var bestScore = 0.0;
        var window = Window.Ticks;
        foreach (var story in _index.Candidates(vector, _serial))
        {
            ref var head = ref _stories.Head(story);
            if (time.UtcTicks - head.LastSeen > window)
            {
                continue;
            }

            StoriesScored++;

            var terms = _stories.Terms(story);
            var weights = _stories.Weights(story);
            double dot = 0, bridgeDot = 0;
            int shared = 0, sharedBridges = 0;
            for (var i = 0; i < terms.Length; i++)
            {
                if (!_articleTerms.TryGetValue(terms[i], out var a) || vector.Weights[a] <= 0)
                {
                    continue;
                }

                var product = (float)weights[i] * vector.Weights[a];
                dot += product;
                shared++;
                if ((head.Bridge >> i & 1) != 0 && vector.Bridge[a])
                {
                    bridgeDot += product;
                    sharedBridges++;
                }
            }

            // A story told in other languages too is also judged on what crosses languages, so the second
            // French report of an English story joins as the first did.
            int languages = head.Languages;
            var otherLanguage = language != 0 && (languages & ~language) != 0;
            var sameLanguage = language == 0 || languages == 0 || (languages & language) != 0;
            var score = Math.Max(
                sameLanguage && shared >= MinShared && head.Norm > 0 ? dot / head.Norm / Threshold : 0,
                otherLanguage && sharedBridges >= MinSharedBridges && head.BridgeNorm > 0 && vector.BridgeNorm > 0 ? bridgeDot / (head.BridgeNorm * vector.BridgeNorm) / BridgeThreshold : 0);
            if (score >= 1 && score > bestScore)
            {
                (best, bestScore) = (story, score);
            }
        }

        ClearScratch(vector);
        return best;
    }

    private int Open(long storedId, DateTimeOffset time)
    {
        if (_stories.Count >= _maxOpenStories)
        {
            CloseLeastRecentlyTold();
        }

        var story = _stories.Open(storedId);
        _expiry.Enqueue(_stories.Head(story).Id, time.UtcTicks);
        return story;
    }

    private StoryPlacement Join(int story, ArticleVector vector, DateTimeOffset time, bool isNew)
    {
        Span<uint> before = stackalloc uint[StoryTable.IndexTerms];
        var indexed = _stories.Indexed(story);
        indexed.CopyTo(before);
        _stories.Add(story, vector, time);
        _index.Reindex(story, before[..indexed.Length]);
        ref var head = ref _stories.Head(story);
        return new StoryPlacement(head.Id, head.StoredId == 0 ? null : head.StoredId, isNew, head.Articles, new DateTimeOffset(head.LastSeen, TimeSpan.Zero));
    }

    /// <summary>Closes the stories whose newest article left the window; a story that grew since it was queued goes back in line.</summary>
    private void Expire()
    {
        var limit = (_clock - Window).UtcTicks;
        while (_expiry.TryPeek(out var id, out var queuedAt) && queuedAt < limit)
        {
            _expiry.Dequeue();
            var story = _stories.SlotOf(id);
            if (story < 0)
            {
                continue;
            }

            ref var head = ref _stories.Head(story);
            if (head.LastSeen >= limit)
            {
                _expiry.Enqueue(id, head.LastSeen);
                continue;
            }

            Close(story);
        }
    }

    /// <summary>
    /// Closes the open story whose newest article is the oldest. The queue holds each open story once, at a time no later
    /// than its newest article's, so the first entry whose time is still its story's newest is that story.
    /// </summary>
    private void CloseLeastRecentlyTold()
    {
        while (_expiry.TryDequeue(out var id, out var queuedAt))
        {
            var story = _stories.SlotOf(id);
            if (story < 0)
            {
                continue;
            }

            ref var head = ref _stories.Head(story);
            if (head.LastSeen > queuedAt)
            {
                _expiry.Enqueue(id, head.LastSeen);
                continue;
            }

            ClosedEarly++;
            LastClosedEarlyQuiet = TimeSpan.FromTicks(Math.Max(0, _clock.UtcTicks - head.LastSeen));
            Close(story);
            return;
        }
    }

    private void Close(int story)
    {
        _index.Remove(story);
        ref var head = ref _stories.Head(story);
        if (head.StoredId != 0 && _byStoredId is not null && _byStoredId.TryGetValue(head.StoredId, out var same) && same == story)
        {
            _byStoredId.Remove(head.StoredId);
        }

        _stories.Release(story);
    }

    public void Dispose() => _stories.Dispose();

    private static void ClearScratch(ArticleVector vector)
    {
        foreach (var term in vector.Terms)
        {
            (term.Scratch, term.ScratchBridge) = (0, false);
        }
    }

    private static int Day(DateTimeOffset time) => (int)(time.UtcTicks / TimeSpan.TicksPerDay);
}

using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using NewsBot.Core.Analysis;
using NewsBot.Core.Articles;
using NewsBot.Core.Subscriptions.Query;
using NewsBot.Core.Text;

namespace NewsBot.Core.Subscriptions.Matching;

/// <summary>
/// Every subscription compiled into one index keyed by term. An article is tokenized once; its words
/// select the candidate subscriptions (those with a key of their anchor clause, whose
/// <see cref="Posting"/> checks pass, see <see cref="TopicCompiler"/>), and only those are evaluated
/// exactly, phrases by token positions.
/// Subscriptions are added, changed and removed one at a time; nothing is rebuilt.
/// Thread-safe: the tokenization runs in parallel, the lookup under a lock.
/// </summary>
public sealed class TopicIndex : ITopicMatcher
{
    private readonly Lock _gate = new();
    private readonly AliasTable _aliases;
    private readonly ILogger _logger;
    private readonly ArticleAnalyzer _analyzer = new();
    private TermDictionary _terms = new();
    private readonly Dictionary<long, int> _slotById = [];
    private readonly Dictionary<long, string> _rejected = [];
    private readonly Stack<int> _freeSlots = new();
    private readonly List<int> _unanchored = [];
    private DocumentTerms _document = new();
    private readonly List<int> _candidates = [];
    private readonly List<int> _certain = [];
    private KeyFrequency _frequency = new();
    private ChannelPool _channels = new();
    private Entry?[] _entries = new Entry?[64];
    // What matching reads per candidate, apart from the entries that Explain and updates use.
    private TopicProgram[] _programs = new TopicProgram[64];
    private Subscription?[] _subscriptions = new Subscription?[64];
    // Which article last made a slot a candidate, for anchors of several keys (an alias's names).
    private int[] _seen = new int[64];
    private int _slots;
    private int _epoch;
    private int _touched;
    private int _sinceReanchored;
    // Queries compiled since the dictionary was last rebuilt: each may have added keys that outlive it.
    private int _compiledSinceRebuild;
    private bool _reanchoredOnce;

    public TopicIndex(AliasTable aliases, ILogger<TopicIndex>? logger = null)
    {
        ArgumentNullException.ThrowIfNull(aliases);
        _aliases = aliases;
        _logger = logger ?? (ILogger)NullLogger.Instance;
    }

    /// <summary>How many subscriptions are indexed.</summary>
    public int Count
    {
        get
        {
            lock (_gate)
            {
                return _slotById.Count;
            }
        }
    }

    public AliasTable Aliases => _aliases;

    /// <summary>Adds the subscription, or recompiles it if its query changed.</summary>
    /// <returns>False when its query does not parse; it is then not indexed (and logged once).</returns>
    public bool Upsert(Subscription subscription)
    {
        ArgumentNullException.ThrowIfNull(subscription);
        lock (_gate)
        {
            var change = UpsertLocked(subscription);
            RebuildIfWorn();
            return change is not (Change.Rejected or Change.StillRejected);
        }
    }

    /// <returns>False if no subscription with that id was indexed.</returns>
    public bool Remove(long subscriptionId)
    {
        lock (_gate)
        {
            _rejected.Remove(subscriptionId);
            if (!_slotById.Remove(subscriptionId, out var slot))
            {
                return false;
            }

            Free(slot);
            return true;
        }
    }

    public SubscriptionChanges Synchronize(IReadOnlyList<Subscription> subscriptions)
    {
        ArgumentNullException.ThrowIfNull(subscriptions);
        lock (_gate)
        {
            int added = 0, updated = 0, rejected = 0, stillRejected = 0;
            var wanted = new HashSet<long>(subscriptions.Count);
            foreach (var subscription in subscriptions)
            {
                if (subscription.Paused || !wanted.Add(subscription.Id))
                {
                    continue;
                }

                switch (UpsertLocked(subscription))
                {
                    case Change.Added:
                        added++;
                        break;
                    case Change.Updated:
                        updated++;
                        break;
                    case Change.Rejected:
                        rejected++;
                        break;
                    case Change.StillRejected:
                        stillRejected++;
                        break;
                }
            }

            var removed = 0;
            if (_slotById.Count > wanted.Count - rejected - stillRejected)
            {
                foreach (var id in _slotById.Keys.Where(id => !wanted.Contains(id)).ToList())
                {
                    _slotById.Remove(id, out var slot);
                    Free(slot);
                    removed++;
                }
            }

            foreach (var id in _rejected.Keys.Where(id => !wanted.Contains(id)).ToList())
            {
                _rejected.Remove(id);
            }

            RebuildIfWorn();
            Log.TopicIndexSynchronized(_logger, added, updated, removed, _slotById.Count);
            return new SubscriptionChanges(added, updated, removed, rejected);
        }
    }

    public IReadOnlyList<Subscription> Match(Article article) => Match(article, null);

    /// <param name="article">The article.</param>
    /// <param name="analysis">The article's analysis if already made; else it is made only if a <c>source:</c> or <c>has:</c> filter needs it.</param>
    public IReadOnlyList<Subscription> Match(Article article, ArticleAnalysis? analysis)
    {
        ArgumentNullException.ThrowIfNull(article);
        var text = MatchContext.Read(article);
        lock (_gate)
        {
            var context = Select(article, text, analysis);

            // An array of a sealed type, not a List: storing into a List's array checks the stored
            // object's type, which reads the object, a cache miss per match with many subscriptions.
            var matched = new Subscription[_certain.Count + _candidates.Count];
            var count = 0;
            foreach (var slot in _certain)
            {
                matched[count++] = _subscriptions[slot]!;
            }

            Prefetch();
            foreach (var slot in _candidates)
            {
                if (_programs[slot].Evaluate(context))
                {
                    matched[count++] = _subscriptions[slot]!;
                }
            }

            Learn();
            return count == matched.Length ? matched : matched[..count];
        }
    }

    /// <summary>Distinct channels of the indexed subscriptions, each held once, for tests.</summary>
    internal int Channels
    {
        get
        {
            lock (_gate)
            {
                return _channels.Count;
            }
        }
    }

    /// <summary>How many subscriptions matching moved to another anchor so far, for tests.</summary>
    internal int Reanchored { get; private set; }

    /// <summary>Articles matched between two sweeps of <see cref="ReanchorLocked"/>.</summary>
    internal const int ReanchorEvery = 16_384;

    // A subscription whose anchor more than this share of the articles have is worth moving: its
    // postings are read over and over.
    private const int CommonShare = 256;

    /// <summary>The keys of a subscription's anchor, for tests.</summary>
    internal IReadOnlyList<int> AnchorOf(long subscriptionId)
    {
        lock (_gate)
        {
            return _slotById.TryGetValue(subscriptionId, out var slot) && _entries[slot]!.Topic.Anchor is { Keys: var keys } ? keys : [];
        }
    }

    /// <summary>The key of a word, as a query would write it, for tests; -1 if no subscription uses it.</summary>
    internal int KeyOf(string word)
    {
        lock (_gate)
        {
            return _terms.Words.TryGetValue(LightStemmer.Stem(word), out var key) ? key : -1;
        }
    }

    private void Learn()
    {
        _frequency.Observe(_document.Distinct, _terms.Count);
        _sinceReanchored++;
        if (_frequency.Trusted && (!_reanchoredOnce || _sinceReanchored >= ReanchorEvery))
        {
            _reanchoredOnce = true;
            _sinceReanchored = 0;
            var moved = ReanchorLocked();
            Reanchored += moved;
            Log.TopicsReanchored(_logger, moved, _frequency.Samples);
        }
    }

    /// <summary>
    /// Moves subscriptions anchored on keys that many articles have to a clause that few have, by what
    /// the articles matched lately had (see <see cref="KeyFrequency"/>); once the counts can be trusted.
    /// </summary>
    /// <returns>How many subscriptions moved.</returns>
    private int ReanchorLocked()
    {
        var common = _frequency.Samples / CommonShare;
        var moved = 0;
        for (var slot = 0; slot < _slots; slot++)
        {
            if (_entries[slot] is not { Topic: { Anchor: { } anchor, Clauses.Length: > 1 } current } entry)
            {
                continue;
            }

            // Only for a clear gain: counts move a little from sweep to sweep, and each move rewrites postings.
            var cost = _frequency.Cost(anchor);
            if (cost <= common || 4 * TopicCompiler.Cheapest(current.Clauses, _frequency).Cost >= 3 * cost)
            {
                continue;
            }

            var topic = TopicCompiler.Reanchor(current, _frequency);
            Unlist(slot, current);
            List(slot, topic);
            _entries[slot] = entry with { Topic = topic };
            moved++;
        }

        return moved;
    }

    /// <summary>Like <see cref="Match(Article, ArticleAnalysis?)"/>, with what made each subscription match.</summary>
    public IReadOnlyList<TopicMatch> Explain(Article article, ArticleAnalysis? analysis = null)
    {
        ArgumentNullException.ThrowIfNull(article);
        var text = MatchContext.Read(article);
        lock (_gate)
        {
            var context = Select(article, text, analysis);
            var matched = new List<TopicMatch>();
            foreach (var slot in _certain.Concat(_candidates))
            {
                var entry = _entries[slot]!;
                var root = Tree(entry.Subscription);
                if (root.Evaluate(context))
                {
                    var hits = new List<MatchHit>();
                    root.Explain(context, hits);
                    matched.Add(new TopicMatch(entry.Subscription, hits));
                }
            }

            return matched;
        }
    }

    /// <summary>The match tree of an indexed subscription, compiled again (see <see cref="DetachedMatch"/>): its words have their keys already, so the dictionary does not change.</summary>
    private MatchNode Tree(Subscription subscription) => TopicCompiler.Compile(TopicQuery.Parse(subscription.Query, _aliases), _terms).Root;

    /// <summary>
    /// Fills <see cref="_certain"/> and <see cref="_candidates"/>: the subscriptions listed under the
    /// article's keys whose checks pass, matched already when the checks were the whole query, else to evaluate.
    /// </summary>
    private MatchContext Select(Article article, ArticleText text, ArticleAnalysis? analysis)
    {
        var document = _document;
        document.Build(text, _terms);

        // As a lang: filter tells it: by the analysis when there is one, else by the function words.
        if (_terms.TryGetLanguage(analysis?.Language ?? document.Language.Code, out var language))
        {
            document.Add(language);
        }

        if (++_epoch == int.MaxValue)
        {
            Array.Clear(_seen);
            _epoch = 1;
        }

        _candidates.Clear();
        _certain.Clear();
        var present = document.Present;
        foreach (var key in document.Distinct)
        {
            foreach (ref readonly var posting in _terms.PostingsOf(key))
            {
                if (posting.Passes(present) == 0)
                {
                    continue;
                }

                if (posting.Shared)
                {
                    ref var seen = ref _seen[posting.Slot];
                    if (seen == _epoch)
                    {
                        continue;
                    }

                    seen = _epoch;
                }

                (posting.Exact ? _certain : _candidates).Add(posting.Slot);
            }
        }

        _candidates.AddRange(_unanchored);
        return new MatchContext(article, text, document, _analyzer, analysis);
    }

    /// <summary>
    /// Reads the first instruction of every candidate's program. Each is a cache miss or two with many
    /// subscriptions; done in a loop of independent reads, the processor waits for them together
    /// instead of one after the other while evaluating.
    /// </summary>
    private void Prefetch()
    {
        var sum = 0;
        foreach (var slot in _candidates)
        {
            sum += _programs[slot].Touch();
        }

        _touched = sum;
    }

    private Change UpsertLocked(Subscription subscription)
    {
        var known = _slotById.TryGetValue(subscription.Id, out var slot);
        if (known && _entries[slot]!.Subscription.Query == subscription.Query)
        {
            // Equal as the store gives it again (a refresh reads them all): the held object stays, so the
            // refresh's copies die young instead of replacing 100,000 long-lived objects on every change.
            var held = _entries[slot]!.Subscription;
            if (held != subscription)
            {
                _channels.Release(held.Channel);
                subscription = _channels.Acquire(subscription);
                _entries[slot] = _entries[slot]! with { Subscription = subscription };
                _subscriptions[slot] = subscription;
            }

            return Change.None;
        }

        if (!known && _rejected.TryGetValue(subscription.Id, out var rejectedQuery) && rejectedQuery == subscription.Query)
        {
            return Change.StillRejected;
        }

        if (!TopicQuery.TryParse(subscription.Query, _aliases, out var query, out var error))
        {
            if (known)
            {
                _slotById.Remove(subscription.Id);
                Free(slot);
            }

            _rejected[subscription.Id] = subscription.Query;
            Log.TopicRejected(_logger, subscription.Id, subscription.Channel.ToString(), subscription.Query, error.Message);
            return Change.Rejected;
        }

        _rejected.Remove(subscription.Id);
        if (known)
        {
            Free(slot);
        }

        slot = Allocate();
        _slotById[subscription.Id] = slot;
        var topic = TopicCompiler.Compile(query, _terms);
        _compiledSinceRebuild++;
        if (_frequency.Trusted)
        {
            topic = TopicCompiler.Reanchor(topic, _frequency);
        }

        List(slot, topic);
        subscription = _channels.Acquire(subscription);
        _programs[slot] = new TopicProgram(topic.Root);
        _entries[slot] = new Entry(subscription, topic.WithoutTree());
        _subscriptions[slot] = subscription;

        return known ? Change.Updated : Change.Added;
    }

    /// <summary>
    /// Words of the articles the word cache holds now, bounded (<see cref="WordKeys.MaxEntries"/>); read without the
    /// lock, so a moment old (the deployment soak prints it).
    /// </summary>
    internal int CachedWords => _document.CachedWords;

    /// <summary>Keys of the term dictionary, live or left by subscriptions gone, for tests.</summary>
    internal int Keys
    {
        get
        {
            lock (_gate)
            {
                return _terms.Count;
            }
        }
    }

    /// <summary>
    /// The dictionary keeps every key a query ever added (word, prefix, alias group), and the lists and
    /// counts indexed by key grow with it; a bot whose users come and go would grow with its uptime. Once
    /// the queries compiled since the last rebuild are several times those held, the index is compiled
    /// again from the subscriptions it holds, which leaves only their keys. Amortized, a rebuild costs
    /// less than the compilations that led to it; what the counts of <see cref="KeyFrequency"/> taught is
    /// learned again from the next articles.
    /// </summary>
    private void RebuildIfWorn()
    {
        if (_compiledSinceRebuild <= (RebuildFactor * _slotById.Count) + RebuildFloor)
        {
            return;
        }

        var held = _slotById.Values.Select(slot => _entries[slot]!.Subscription).ToList();
        var before = _terms.Count;
        _terms = new TermDictionary();
        _document = new DocumentTerms();
        _frequency = new KeyFrequency();
        _channels = new ChannelPool();
        _slotById.Clear();
        _freeSlots.Clear();
        _unanchored.Clear();
        Array.Clear(_entries);
        Array.Clear(_programs);
        Array.Clear(_subscriptions);
        _slots = 0;
        (_sinceReanchored, _reanchoredOnce) = (0, false);
        foreach (var subscription in held)
        {
            UpsertLocked(subscription);
        }

        _compiledSinceRebuild = 0;
        Rebuilds++;
        Log.TopicIndexRebuilt(_logger, held.Count, before, _terms.Count);
    }

    /// <summary>Rebuilds so far, for tests.</summary>
    internal int Rebuilds { get; private set; }

    /// <summary>Compilations per held subscription, over <see cref="RebuildFloor"/>, after which the dictionary is rebuilt.</summary>
    internal const int RebuildFactor = 4;

    /// <summary>Compilations always allowed before a rebuild, so that a small index is not rebuilt over and over.</summary>
    internal const int RebuildFloor = 1_024;

    private int Allocate()
    {
        if (_freeSlots.TryPop(out var slot))
        {
            return slot;
        }

        if (_slots == _entries.Length)
        {
            var size = _entries.Length * 2;
            Array.Resize(ref _entries, size);
            Array.Resize(ref _programs, size);
            Array.Resize(ref _subscriptions, size);
            Array.Resize(ref _seen, size);
        }

        return _slots++;
    }

    private void List(int slot, CompiledTopic topic)
    {
        if (topic.Anchor is { Keys: var keys })
        {
            var shared = keys.Length > 1;
            foreach (var key in keys)
            {
                _terms.AddPosting(key, new Posting(slot, topic.Exact, shared, topic.Checks));
            }
        }
        else
        {
            _unanchored.Add(slot);
        }
    }

    private void Unlist(int slot, CompiledTopic topic)
    {
        if (topic.Anchor is { Keys: var keys })
        {
            foreach (var key in keys)
            {
                _terms.RemovePosting(key, slot);
            }
        }
        else
        {
            _unanchored.Remove(slot);
        }
    }

    private void Free(int slot)
    {
        Unlist(slot, _entries[slot]!.Topic);
        _channels.Release(_entries[slot]!.Subscription.Channel);
        _entries[slot] = null;
        _programs[slot] = default;
        _subscriptions[slot] = null;
        _freeSlots.Push(slot);
    }

    private enum Change
    {
        None,
        Added,
        Updated,
        Rejected,

        /// <summary>The same query as when it was rejected: not parsed, logged or counted again.</summary>
        StillRejected,
    }

    /// <param name="Subscription">The subscription as the store last gave it.</param>
    /// <param name="Topic">Its compiled query without the tree; its anchor's keys are where its postings are.</param>
    private sealed record Entry(Subscription Subscription, CompiledTopic Topic);
}

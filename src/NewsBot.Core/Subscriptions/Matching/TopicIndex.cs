using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using NewsBot.Core.Analysis;
using NewsBot.Core.Articles;
using NewsBot.Core.Subscriptions.Query;
using NewsBot.Core.Text;

namespace NewsBot.Core.Subscriptions.Matching;

/// <summary>
/// Every subscription compiled into one index keyed by term. An article is tokenized once; its words
/// select the candidate subscriptions (those whose anchor clauses all hold, see
/// <see cref="TopicCompiler"/>), and only those are evaluated exactly, phrases by token positions.
/// Subscriptions are added, changed and removed one at a time; nothing is rebuilt.
/// Thread-safe: the tokenization runs in parallel, the lookup under a lock.
/// </summary>
public sealed class TopicIndex : ITopicMatcher
{
    // A posting is (slot << SlotShift) | SoleFlag? | clause. TopicCompiler.MaxAnchors (3) clauses fit in two bits.
    private const int ClauseMask = 0b11;
    private const int SoleFlag = 0b100;
    private const int SlotShift = 3;

    private readonly Lock _gate = new();
    private readonly AliasTable _aliases;
    private readonly ILogger _logger;
    private readonly ArticleAnalyzer _analyzer = new();
    private readonly TermDictionary _terms = new();
    private readonly Dictionary<long, int> _slotById = [];
    private readonly Dictionary<long, string> _rejected = [];
    private readonly Stack<int> _freeSlots = new();
    private readonly List<int> _unanchored = [];
    private readonly DocumentTerms _document = new();
    private readonly List<int> _candidates = [];
    private Entry?[] _entries = new Entry?[64];
    private TopicProgram[] _programs = new TopicProgram[64];
    private Hits[] _hits = new Hits[64];
    private int _slots;
    private int _epoch;

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
            return UpsertLocked(subscription) != Change.Rejected;
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
            int added = 0, updated = 0, rejected = 0;
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
                }
            }

            var removed = 0;
            if (_slotById.Count > wanted.Count - rejected)
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
            var matched = new List<Subscription>();
            foreach (var slot in _candidates)
            {
                if (_programs[slot].Evaluate(context))
                {
                    matched.Add(_entries[slot]!.Subscription);
                }
            }

            return matched;
        }
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
            foreach (var slot in _candidates)
            {
                var entry = _entries[slot]!;
                if (entry.Topic.Root.Evaluate(context))
                {
                    var hits = new List<MatchHit>();
                    entry.Topic.Root.Explain(context, hits);
                    matched.Add(new TopicMatch(entry.Subscription, hits));
                }
            }

            return matched;
        }
    }

    /// <summary>Fills <see cref="_candidates"/>: the subscriptions whose every anchor clause has a key in the article.</summary>
    private MatchContext Select(Article article, ArticleText text, ArticleAnalysis? analysis)
    {
        _document.Build(text, _terms);
        if (++_epoch == int.MaxValue)
        {
            for (var i = 0; i < _hits.Length; i++)
            {
                _hits[i].Epoch = 0;
            }

            _epoch = 1;
        }

        _candidates.Clear();
        var epoch = _epoch;
        var hits = _hits;
        foreach (var key in _document.Distinct)
        {
            foreach (var posting in _terms.PostingsOf(key).Items)
            {
                var slot = posting >> SlotShift;
                if ((posting & SoleFlag) != 0)
                {
                    // The subscription's only anchor key, and the article's keys come once each: a candidate,
                    // without reading its hits. At 100,000 subscriptions that read is a cache miss per posting.
                    _candidates.Add(slot);
                    continue;
                }

                var bit = 1 << (posting & ClauseMask);
                ref var hit = ref hits[slot];
                if (hit.Epoch != epoch)
                {
                    hit.Epoch = epoch;
                    hit.Mask = 0;
                }

                var before = hit.Mask;
                if ((before & bit) == 0)
                {
                    hit.Mask = before | bit;
                    if ((before | bit) == hit.Required)
                    {
                        _candidates.Add(slot);
                    }
                }
            }
        }

        _candidates.AddRange(_unanchored);
        return new MatchContext(article, text, _document, _analyzer, analysis);
    }

    private Change UpsertLocked(Subscription subscription)
    {
        var known = _slotById.TryGetValue(subscription.Id, out var slot);
        if (known && _entries[slot]!.Subscription.Query == subscription.Query)
        {
            if (!ReferenceEquals(_entries[slot]!.Subscription, subscription))
            {
                _entries[slot] = _entries[slot]! with { Subscription = subscription };
            }

            return Change.None;
        }

        if (!known && _rejected.TryGetValue(subscription.Id, out var rejectedQuery) && rejectedQuery == subscription.Query)
        {
            return Change.None;
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
        var keys = new List<int>();
        var postings = new List<int>();
        var sole = topic.Anchors.Count == 1 && topic.Anchors[0].Keys.Length == 1 ? SoleFlag : 0;
        for (var clause = 0; clause < topic.Anchors.Count; clause++)
        {
            foreach (var key in topic.Anchors[clause].Keys)
            {
                var posting = (slot << SlotShift) | sole | clause;
                _terms.PostingsOf(key).Add(posting);
                keys.Add(key);
                postings.Add(posting);
            }
        }

        _hits[slot] = new Hits { Required = (1 << topic.Anchors.Count) - 1 };
        _entries[slot] = new Entry(subscription, topic, [.. keys], [.. postings]);
        _programs[slot] = new TopicProgram(topic.Root);
        if (topic.Anchors.Count == 0)
        {
            _unanchored.Add(slot);
        }

        return known ? Change.Updated : Change.Added;
    }

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
            Array.Resize(ref _hits, size);
        }

        return _slots++;
    }

    private void Free(int slot)
    {
        var entry = _entries[slot]!;
        for (var i = 0; i < entry.Keys.Length; i++)
        {
            _terms.PostingsOf(entry.Keys[i]).Remove(entry.Postings[i]);
        }

        if (entry.Topic.Anchors.Count == 0)
        {
            _unanchored.Remove(slot);
        }

        _entries[slot] = null;
        _programs[slot] = default;
        _hits[slot] = default;
        _freeSlots.Push(slot);
    }

    /// <summary>
    /// Which anchor clauses of a subscription the article has hit (<see cref="Mask"/>, valid when
    /// <see cref="Epoch"/> is the current article's) next to the clauses it needs: a posting reads one
    /// place in memory, not two, and with 100,000 subscriptions each read is a cache miss.
    /// </summary>
    private struct Hits
    {
        public int Epoch;
        public int Mask;
        public int Required;
    }

    private enum Change
    {
        None,
        Added,
        Updated,
        Rejected,
    }

    /// <param name="Subscription">The subscription as the store last gave it.</param>
    /// <param name="Topic">Its compiled query.</param>
    /// <param name="Keys">The dictionary keys whose postings list the subscription, for removal.</param>
    /// <param name="Postings">The posting stored under each of <paramref name="Keys"/>.</param>
    private sealed record Entry(Subscription Subscription, CompiledTopic Topic, int[] Keys, int[] Postings);
}

using NewsBot.Benchmarks.Delivery;
using NewsBot.Benchmarks.Match;

namespace NewsBot.Benchmarks.Soak;

/// <summary>
/// Everything the farm will publish, decided before it starts from the seed: each feed's kind and format, and
/// the articles (the delivery bench's <see cref="BurstArticles"/>: stories told 1–7 times over, French and
/// English) appearing one after the other at the configured rate, each in one feed. Feeds get articles
/// unevenly (a Zipf law, as a few wires publish most), and a story's retellings land in different feeds.
/// </summary>
internal sealed class FarmSchedule
{
    private readonly FarmItem[][] _byFeed;

    private FarmSchedule(FarmFeedKind[] kinds, FarmItem[][] byFeed, int itemCount)
    {
        Kinds = kinds;
        _byFeed = byFeed;
        ItemCount = itemCount;
    }

    public IReadOnlyList<FarmFeedKind> Kinds { get; }

    public int FeedCount => Kinds.Count;

    public int ItemCount { get; }

    public static FarmFormat FormatOf(int feed) => (FarmFormat)(feed % 3);

    public static FarmSchedule Create(SoakOptions options, Generator generator)
    {
        ArgumentNullException.ThrowIfNull(options);
        var random = new Random(options.Seed);
        var kinds = new FarmFeedKind[options.Feeds];
        for (var i = 0; i < kinds.Length; i++)
        {
            var roll = random.NextDouble();
            kinds[i] = roll < options.FailingShare ? FarmFeedKind.Failing
                : roll < options.FailingShare + options.SlowShare ? FarmFeedKind.Slow
                : roll < options.FailingShare + options.SlowShare + options.UnconditionalShare ? FarmFeedKind.Unconditional
                : FarmFeedKind.Conditional;
        }

        // Feeds ranked by how much they publish, in an order of their own so the busiest is not always feed 0.
        var ranked = Enumerable.Range(0, options.Feeds).OrderBy(_ => random.Next()).ToArray();
        var count = Math.Max(1, (int)Math.Round(options.ItemsPerMinute * options.Minutes));
        var items = BurstArticles.Create(generator, random, count);
        var perSecond = options.ItemsPerMinute / 60;
        var byFeed = new List<FarmItem>[options.Feeds];
        for (var i = 0; i < items.Count; i++)
        {
            var feed = ranked[Zipf.Index(random, options.Feeds)];
            (byFeed[feed] ??= []).Add(new FarmItem(feed, i / perSecond, items[i]));
        }

        return new FarmSchedule(kinds, byFeed.Select(list => list?.ToArray() ?? []).ToArray(), items.Count);
    }

    /// <summary>The feed's items visible <paramref name="elapsedSeconds"/> after the start, oldest first.</summary>
    public ReadOnlySpan<FarmItem> Visible(int feed, double elapsedSeconds)
    {
        var all = _byFeed[feed];
        var lo = 0;
        var hi = all.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (all[mid].AppearsAfterSeconds <= elapsedSeconds)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return all.AsSpan(0, lo);
    }
}

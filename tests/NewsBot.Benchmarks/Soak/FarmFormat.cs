namespace NewsBot.Benchmarks.Soak;

/// <summary>The syndication format a feed of the farm is served in.</summary>
internal enum FarmFormat
{
    Rss,
    Atom,
    JsonFeed,
}

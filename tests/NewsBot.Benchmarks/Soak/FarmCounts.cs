namespace NewsBot.Benchmarks.Soak;

/// <summary>What the farm answered since it started.</summary>
internal sealed record FarmCounts(long Requests, long NotModified, long Full, long Failed, long Slow, long ItemsServed);

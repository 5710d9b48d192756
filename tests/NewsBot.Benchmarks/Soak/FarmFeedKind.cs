namespace NewsBot.Benchmarks.Soak;

/// <summary>How one feed of the farm behaves, fixed for the run by the seed.</summary>
internal enum FarmFeedKind
{
    /// <summary>Answers at once, 304 when the client's ETag or date is current.</summary>
    Conditional,

    /// <summary>Answers at once, always 200 with the whole feed (many real feeds ignore conditional requests).</summary>
    Unconditional,

    /// <summary>Conditional, after a delay.</summary>
    Slow,

    /// <summary>Answers 503 to every request.</summary>
    Failing,
}

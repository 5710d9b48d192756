namespace NewsBot.Benchmarks.Soak;

/// <summary>
/// <see cref="BotStats"/> at one moment, totals since the bot started. Analysis and matching are CPU time of the
/// thread that ran them (they are synchronous); grouping is wall time from the story lookup to the stored
/// assignment (it awaits the database).
/// </summary>
internal sealed record BotStatsSnapshot
{
    public long Polls { get; init; }

    public long NotModified { get; init; }

    public long FailedPolls { get; init; }

    public long ItemsParsed { get; init; }

    public long Analyzed { get; init; }

    public long AnalysisTicks { get; init; }

    public long Grouped { get; init; }

    public long GroupingTicks { get; init; }

    public long Matched { get; init; }

    public long MatchingTicks { get; init; }

    /// <summary>Process CPU time, as the bot's process reads it of itself (in-process: the harness too).</summary>
    public long CpuTicks { get; init; }

    public long WorkingSetBytes { get; init; }

    public long PeakWorkingSetBytes { get; init; }

    public long ManagedHeapBytes { get; init; }

    /// <summary>
    /// The managed heap as the last full (gen 2) collection left it, fragmentation taken out: what the bot keeps,
    /// without the garbage <see cref="ManagedHeapBytes"/> counts until the next collection. Read without collecting.
    /// </summary>
    public long LiveHeapBytes { get; init; }

    /// <summary>Stories the bot's clusterer holds open.</summary>
    public int OpenStories { get; init; }

    /// <summary>
    /// Bytes of the clusterer's tables (stories, index, term counts): bounded by its window and
    /// <c>Ingestion:MaxOpenStories</c>, not by uptime, but filling for days at a deployment's rate.
    /// </summary>
    public long GroupingBytes { get; init; }

    /// <summary>
    /// Story grouping's cache of term objects: it fills with the vocabulary read until its daily sweep or its bound.
    /// </summary>
    public int TermObjects { get; init; }

    /// <summary>The topic index's cache of words: it fills with the vocabulary read, to its bound.</summary>
    public int CachedWords { get; init; }

    /// <summary>Where the process's memory is; null from a bot that did not read it.</summary>
    public MemoryDetail? Memory { get; init; }
}

namespace NewsBot.Hosting.Memory;

/// <summary>
/// The managed heap as its collections left it: the memory it has from the system, and what its last full
/// collection found alive (null before the first).
/// </summary>
internal readonly record struct HeapReading(long CommittedBytes, long? LiveBytes)
{
    /// <summary>Committed memory beyond the live objects: garbage not yet collected, free space, budgets.</summary>
    public long ExcessBytes => LiveBytes is { } live ? Math.Max(0, CommittedBytes - live) : 0;
}

namespace NewsBot.Benchmarks.Soak;

/// <summary>
/// One platform's send rate over short windows in which it had a backlog throughout: at every instant of the
/// window at least a whole window's worth of rows at the platform's ceiling was queued and not yet sent, so nothing
/// but the sending itself (pacing, limits, round trips) can have held the rate down. Read from the outbox's own
/// timestamps after the run, so a platform that drains its backlog within a minute still has windows counted.
/// </summary>
internal static class BacklogWindows
{
    /// <summary>The window the summary uses: short against a drain of tens of seconds, long against the pacing's spacing.</summary>
    public static readonly TimeSpan Length = TimeSpan.FromSeconds(5);

    /// <summary>Rows sent per second in each backlogged window between <paramref name="fromMs"/> and <paramref name="toMs"/>, in time order.</summary>
    public static IReadOnlyList<double> Rates(IEnumerable<OutboxRowTimes> rows, string platform, int ceilingPerSecond, long fromMs, long toMs)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var windowMs = (long)Length.TotalMilliseconds;
        var needed = ceilingPerSecond * Length.TotalSeconds;

        // +1 when a row is queued, -1 when it is sent; at equal times the sends first, so a row queued and another
        // sent in the same millisecond never look like a backlog that was not there.
        var events = new List<(long At, int Change)>();
        foreach (var row in rows.Where(r => r.Platform == platform))
        {
            events.Add((row.CreatedAtMs, +1));
            if (row.SentAtMs is { } sent)
            {
                events.Add((sent, -1));
            }
        }

        events.Sort();
        var rates = new List<double>();
        var next = 0;
        long queued = 0;
        for (var start = fromMs; start + windowMs <= toMs; start += windowMs)
        {
            while (next < events.Count && events[next].At < start)
            {
                queued += events[next++].Change;
            }

            // Rows queued at the very start of the window are part of its backlog.
            var sent = 0;
            while (next < events.Count && events[next].At == start)
            {
                queued += events[next].Change;
                sent += events[next++].Change < 0 ? 1 : 0;
            }

            var least = queued;
            while (next < events.Count && events[next].At < start + windowMs)
            {
                queued += events[next].Change;
                sent += events[next++].Change < 0 ? 1 : 0;
                least = Math.Min(least, queued);
            }

            if (least >= needed)
            {
                rates.Add(sent / Length.TotalSeconds);
            }
        }

        return rates;
    }
}

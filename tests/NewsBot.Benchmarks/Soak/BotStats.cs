using System.Diagnostics;

namespace NewsBot.Benchmarks.Soak;

/// <summary>
/// What the bot's own steps cost, counted by the timing decorators the soak wraps around its services: polls
/// and what they read, and the time each article spent in analysis, grouping and matching.
/// </summary>
internal sealed class BotStats
{
    private long _polls;
    private long _notModified;
    private long _failedPolls;
    private long _itemsParsed;
    private long _analyzed;
    private long _analysisTicks;
    private long _grouped;
    private long _groupingTicks;
    private long _matched;
    private long _matchingTicks;

    public void Poll(bool modified, int items)
    {
        Interlocked.Increment(ref _polls);
        if (!modified)
        {
            Interlocked.Increment(ref _notModified);
        }

        Interlocked.Add(ref _itemsParsed, items);
    }

    public void FailedPoll()
    {
        Interlocked.Increment(ref _polls);
        Interlocked.Increment(ref _failedPolls);
    }

    public void Analyzed(TimeSpan cpu)
    {
        Interlocked.Increment(ref _analyzed);
        Interlocked.Add(ref _analysisTicks, cpu.Ticks);
    }

    public void Grouped(long stopwatchTicks)
    {
        Interlocked.Increment(ref _grouped);
        Interlocked.Add(ref _groupingTicks, stopwatchTicks * TimeSpan.TicksPerSecond / Stopwatch.Frequency);
    }

    public void Matched(TimeSpan cpu)
    {
        Interlocked.Increment(ref _matched);
        Interlocked.Add(ref _matchingTicks, cpu.Ticks);
    }

    public BotStatsSnapshot Take() => new()
    {
        Polls = Interlocked.Read(ref _polls),
        NotModified = Interlocked.Read(ref _notModified),
        FailedPolls = Interlocked.Read(ref _failedPolls),
        ItemsParsed = Interlocked.Read(ref _itemsParsed),
        Analyzed = Interlocked.Read(ref _analyzed),
        AnalysisTicks = Interlocked.Read(ref _analysisTicks),
        Grouped = Interlocked.Read(ref _grouped),
        GroupingTicks = Interlocked.Read(ref _groupingTicks),
        Matched = Interlocked.Read(ref _matched),
        MatchingTicks = Interlocked.Read(ref _matchingTicks),
    };
}

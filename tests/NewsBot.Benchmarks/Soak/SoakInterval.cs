namespace NewsBot.Benchmarks.Soak;

/// <summary>One reporting interval's figures, kept for the summary.</summary>
internal sealed record SoakInterval(
    double EndMinutes,
    double CpuShareOfOneCore,
    long WorkingSetBytes,
    double DiscordPerSecond,
    double TelegramPerSecond,
    bool DiscordBacklog,
    bool TelegramBacklog,
    long LiveHeapBytes,
    long GroupingBytes);

namespace NewsBot.Benchmarks.Soak;

/// <summary>The running bot as the harness sees it, in this process or in a child.</summary>
internal interface IBotHandle : IAsyncDisposable
{
    /// <summary>The bot's latest figures; null before it has reported any.</summary>
    Task<BotStatsSnapshot?> SampleAsync(CancellationToken cancellationToken);
}

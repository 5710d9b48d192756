namespace NewsBot.Benchmarks.Soak;

/// <summary>The bot in the harness's own process (the smoke test): its CPU and memory include the farm and the fakes.</summary>
internal sealed class InProcessBot(SoakBot bot) : IBotHandle
{
    public Task<BotStatsSnapshot?> SampleAsync(CancellationToken cancellationToken) => Task.FromResult<BotStatsSnapshot?>(bot.Sample());

    public ValueTask DisposeAsync() => bot.DisposeAsync();
}

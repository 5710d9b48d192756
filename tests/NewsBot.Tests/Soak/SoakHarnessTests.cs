using NewsBot.Benchmarks.Soak;
using NewsBot.Testing;

namespace NewsBot.Tests.Soak;

/// <summary>
/// The soak harness (tests/NewsBot.Benchmarks/Soak) end to end on a few feeds for seconds, so that it does not rot
/// between the long runs: the real host, the farm, both platform fakes, the report and the lost/doubled check.
/// </summary>
public sealed class SoakHarnessTests : IDisposable
{
    private readonly TempDirectory _work = new();

    public void Dispose() => _work.Dispose();

    [Fact]
    public async Task RunAsync_AFewFeedsForSeconds_PollsStoresDeliversAndNeitherLosesNorDoubles()
    {
        // 40 feeds: the host spreads first polls over the first minute by feed name, so about a quarter of them
        // are read within the 15 s their articles keep appearing.
        var options = new SoakOptions
        {
            Feeds = 40,
            Subscriptions = 400,
            Channels = 20,
            Minutes = 0.25,
            ItemsPerMinute = 600,
            IntervalMinutes = 1,
            SlowMilliseconds = 300,
            DrainSeconds = 15,
            ReportSeconds = 10,
            InProcess = true,
            WorkFolder = _work.Path,
        };
        using var output = new StringWriter();

        var result = await SoakBench.RunAsync(options, output, CancellationToken.None);

        var report = output.ToString();
        Assert.NotNull(result.Bot);
        Assert.True(result.Bot.Polls > 0, report);
        Assert.True(result.Bot.ItemsParsed > 0, report);
        Assert.True(result.Bot.Analyzed > 0 && result.Bot.Matched > 0 && result.Bot.Grouped > 0, report);
        Assert.True(result.Farm.Requests >= result.Bot.Polls, report);
        Assert.True(result.Verdict.Delivered > 0, report);
        Assert.Equal(0, result.Verdict.Lost);
        Assert.Equal(0, result.Verdict.Doubled);
        Assert.Equal(0, result.Verdict.Unexpected);
        Assert.Contains("summary minutes=", report, StringComparison.Ordinal);
        Assert.Contains("check (channel, story)", report, StringComparison.Ordinal);
    }
}

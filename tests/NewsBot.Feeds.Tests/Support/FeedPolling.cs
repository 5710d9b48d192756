using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NewsBot.Core.Feeds;
using NewsBot.Testing.Stores;

namespace NewsBot.Feeds.Tests.Support;

/// <summary>
/// The real reader under Core's <see cref="FeedPoller"/> with in-memory stores: what an operator
/// sees of one poll, its result, the feed's state afterwards, the stored articles and every log line.
/// </summary>
internal static class FeedPolling
{
    public const string FeedName = "hostile-feed";

    public static async Task<Outcome> PollOnceAsync(Uri url, IDictionary<string, string?>? settings = null)
    {
        var logs = new RecordingLoggerProvider();
        await using var services = FeedsServices.Build(settings, logs);
        var states = new InMemoryFeedStateStore();
        var articles = new InMemoryArticleStore();
        var poller = new FeedPoller(
            services.Reader(),
            states,
            articles,
            Options.Create(new FeedPollingOptions()),
            TimeProvider.System,
            services.GetRequiredService<ILogger<FeedPoller>>());
        var feed = new FeedDefinition { Name = FeedName, Url = url, Interval = TimeSpan.FromMinutes(10) };

        var result = await poller.PollAsync(feed, force: true, CancellationToken.None);

        return new Outcome(result, await states.GetAsync(FeedName, CancellationToken.None), logs.Entries);
    }

    internal sealed record Outcome(FeedPollResult Result, FeedState State, IReadOnlyList<RecordingLoggerProvider.LogEntry> Logs);
}

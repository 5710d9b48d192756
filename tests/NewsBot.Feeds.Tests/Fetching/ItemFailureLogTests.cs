using Microsoft.Extensions.Logging;
using NewsBot.Feeds.Fetching;
using NewsBot.Feeds.Parsing;
using NewsBot.Feeds.Tests.Support;

namespace NewsBot.Feeds.Tests.Fetching;

public sealed class ItemFailureLogTests
{
    [Fact]
    public void LogSkipped_OneFailedItem_OneWarningWithFeedPositionAndReason()
    {
        var (logs, logger) = Logger();
        var parsed = new ParsedFeed(FeedFormat.Rss, [], 0, [new ItemFailure(7, "FormatException: bad date")]);

        HttpFeedReader.LogSkipped(logger, "wire", parsed.SkippedEntries, parsed.Failures);

        var entry = Assert.Single(logs.Entries);
        Assert.Equal(LogLevel.Warning, entry.Level);
        Assert.Equal("Feed wire: skipped item 7, it could not be read: FormatException: bad date", entry.Message);
    }

    [Fact]
    public void LogSkipped_ThousandFailedItems_TenLinesAndOneCount()
    {
        var (logs, logger) = Logger();
        var failures = Enumerable.Range(1, 1_000).Select(i => new ItemFailure(i, "broken")).ToList();

        HttpFeedReader.LogSkipped(logger, "wire", 0, failures);

        Assert.Equal(11, logs.Entries.Count);
        Assert.Equal("Feed wire: skipped 990 more items that could not be read (1000 in all)", logs.Entries[^1].Message);
    }

    private static (RecordingLoggerProvider Logs, ILogger Logger) Logger()
    {
        var logs = new RecordingLoggerProvider();
        return (logs, logs.CreateLogger("test"));
    }
}

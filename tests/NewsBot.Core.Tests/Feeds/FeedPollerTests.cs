using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using NewsBot.Core.Articles;
using NewsBot.Core.Feeds;
using NewsBot.Testing.Feeds;
using NewsBot.Testing.Stores;
using NewsBot.Testing.Time;

namespace NewsBot.Core.Tests.Feeds;

public sealed class FeedPollerTests
{
    private static readonly FeedDefinition Feed = new() { Name = "wire", Url = new Uri("https://news.example/rss"), Interval = TimeSpan.FromMinutes(10) };

    private readonly ScriptedFeedReader _reader = new();
    private readonly InMemoryFeedStateStore _states = new();
    private readonly InMemoryArticleStore _articles = new();
    private readonly FakeTimeProvider _time = new();

    private FeedPoller Poller(int maxFailures = 100) => new(
        _reader, _states, _articles, Options.Create(new FeedPollingOptions { MaxConsecutiveFailures = maxFailures }), _time, NullLogger<FeedPoller>.Instance);

    private static RawItem Item(string id, string title) => new() { ExternalId = id, Title = title, Text = $"{title}. Body of {id}." };

    private static FeedReadResult Items(params RawItem[] items) => new() { Modified = true, Items = items, ETag = "\"v1\"" };

    [Fact]
    public async Task Poll_NewItems_StoresThemAndReturnsOnlyTheNewOnes()
    {
        _reader.Returns(Items(Item("a", "First"))).Returns(Items(Item("a", "First"), Item("b", "Second")));

        var first = await Poller().PollAsync(Feed, force: false, CancellationToken.None);
        _time.Advance(TimeSpan.FromMinutes(10));
        var second = await Poller().PollAsync(Feed, force: false, CancellationToken.None);

        Assert.Equal(["First"], first.NewArticles.Select(a => a.Title));
        Assert.Equal(["Second"], second.NewArticles.Select(a => a.Title));
        Assert.Equal(1, second.Duplicates);
    }

    [Fact]
    public async Task Poll_SendsBackTheValidatorsOfTheLastSuccess()
    {
        _reader.Returns(new FeedReadResult { Modified = true, Items = [], ETag = "\"abc\"", LastModified = _time.GetUtcNow() })
            .Returns(FeedReadResult.NotModified(new ConditionalRequest("\"abc\"", _time.GetUtcNow())));

        await Poller().PollAsync(Feed, force: false, CancellationToken.None);
        var second = await Poller().PollAsync(Feed, force: false, CancellationToken.None);

        Assert.Equal("\"abc\"", _reader.Requests[1].ETag);
        Assert.Equal(_time.GetUtcNow(), _reader.Requests[1].LastModified);
        Assert.Equal(FeedPollOutcome.NotModified, second.Outcome);
    }

    [Fact]
    public async Task Poll_ReadFailure_CountsItBacksOffAndKeepsEarlierArticles()
    {
        _reader.Returns(Items(Item("a", "Kept"))).Throws(new FeedReadException(FeedReadFailure.HttpStatus, "500 Internal Server Error") { StatusCode = 500 });

        await Poller().PollAsync(Feed, force: false, CancellationToken.None);
        var failed = await Poller().PollAsync(Feed, force: false, CancellationToken.None);

        var state = await _states.GetAsync(Feed.Name, CancellationToken.None);
        Assert.Equal(FeedPollOutcome.Failed, failed.Outcome);
        Assert.Equal(1, state.ConsecutiveFailures);
        Assert.Contains("500", state.LastError, StringComparison.Ordinal);
        Assert.True(state.NextCheckAt > _time.GetUtcNow());
        Assert.Equal(["Kept"], (await _articles.ListRecentAsync(10, CancellationToken.None)).Select(a => a.Title));
    }

    [Fact]
    public async Task Poll_WhileBackingOff_DoesNotReadUntilTheNextCheck()
    {
        _reader.Throws(new FeedReadException(FeedReadFailure.Timeout, "no answer")).Returns(Items(Item("a", "Back")));
        await Poller().PollAsync(Feed, force: false, CancellationToken.None);

        var skipped = await Poller().PollAsync(Feed, force: false, CancellationToken.None);
        _time.Advance(TimeSpan.FromMinutes(12));
        var read = await Poller().PollAsync(Feed, force: false, CancellationToken.None);

        Assert.Equal(FeedPollOutcome.BackingOff, skipped.Outcome);
        Assert.Equal(FeedPollOutcome.Read, read.Outcome);
        Assert.Equal(0, (await _states.GetAsync(Feed.Name, CancellationToken.None)).ConsecutiveFailures);
    }

    [Fact]
    public async Task Poll_TooManyFailuresInARow_DisablesTheFeedWithTheReason()
    {
        for (var i = 0; i < 3; i++)
        {
            _reader.Throws(new FeedReadException(FeedReadFailure.Malformed, "not a feed"));
        }

        for (var i = 0; i < 3; i++)
        {
            await Poller(maxFailures: 3).PollAsync(Feed, force: true, CancellationToken.None);
        }

        var state = await _states.GetAsync(Feed.Name, CancellationToken.None);
        var afterwards = await Poller(maxFailures: 3).PollAsync(Feed, force: true, CancellationToken.None);
        Assert.True(state.Disabled);
        Assert.Contains("not a feed", state.LastError, StringComparison.Ordinal);
        Assert.Equal(FeedPollOutcome.Disabled, afterwards.Outcome);
        Assert.Equal(3, _reader.Requests.Count);
    }

    [Fact]
    public async Task Poll_ReaderBug_IsRecordedAsAFailureNotThrown()
    {
        _reader.Throws(new InvalidOperationException("bug"));

        var result = await Poller().PollAsync(Feed, force: false, CancellationToken.None);

        Assert.Equal(FeedPollOutcome.Failed, result.Outcome);
        Assert.Equal(1, (await _states.GetAsync(Feed.Name, CancellationToken.None)).ConsecutiveFailures);
    }

    [Fact]
    public async Task Poll_SameArticleWithTrackingParameters_IsStoredOnce()
    {
        _reader.Returns(Items(
            new RawItem { ExternalId = "1", Link = new Uri("https://news.example/a?utm_source=x"), Title = "T", Text = "One text." },
            new RawItem { ExternalId = "2", Link = new Uri("https://NEWS.example/a#top"), Title = "T2", Text = "Other text." }));

        var result = await Poller().PollAsync(Feed, force: false, CancellationToken.None);

        Assert.Single(result.NewArticles);
    }
}

using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using NewsBot.Core.Articles;
using NewsBot.Core.Feeds;
using NewsBot.Testing.Feeds;
using NewsBot.Testing.Stores;
using NewsBot.Testing.Time;

namespace NewsBot.Core.Tests.Feeds;

public sealed class FeedPollBudgetTests
{
    private static readonly FeedDefinition Feed = new() { Name = "wire", Url = new Uri("https://news.example/rss"), Interval = TimeSpan.FromMinutes(10) };

    private readonly ScriptedFeedReader _reader = new();
    private readonly InMemoryFeedStateStore _states = new();
    private readonly InMemoryArticleStore _articles = new();
    private readonly FakeTimeProvider _time = new();
    private readonly Dictionary<string, int> _conversions = [];

    private FeedPoller Poller(int maxNew = 200, int budgetSeconds = 20) => new(
        _reader, _states, _articles, Options.Create(new FeedPollingOptions { MaxNewItemsPerPoll = maxNew, PollBudgetSeconds = budgetSeconds }),
        _time, NullLogger<FeedPoller>.Instance);

    /// <summary>An item published <paramref name="hoursAgo"/> hours before the fake clock's start, counting its conversions.</summary>
    private PendingItem Item(string id, int hoursAgo, TimeSpan? conversionCost = null, Exception? fails = null) => new(
        id,
        new Uri($"https://news.example/{id}"),
        PublishedDate.FromInstant(new DateTimeOffset(2026, 1, 1, 12, 0, 0, TimeSpan.Zero).AddHours(-hoursAgo)),
        () =>
        {
            _conversions[id] = _conversions.GetValueOrDefault(id) + 1;
            _time.Advance(conversionCost ?? TimeSpan.Zero);
            return fails is null ? new RawItem { ExternalId = id, Title = $"Title {id}", Text = $"Body of {id}." } : throw fails;
        });

    private static FeedReadResult Read(params PendingItem[] items) => new() { Modified = true, Pending = items, ETag = "\"v1\"" };

    [Fact]
    public async Task Poll_MoreNewItemsThanTheBudget_TakesTheNewestFirstAndTheRestOnTheNextPolls()
    {
        // Feed order is not date order here: the budget goes to the newest whatever their place.
        var items = new[] { Item("c", 3), Item("a", 1), Item("e", 5), Item("b", 2), Item("d", 4) };
        _reader.Returns(Read(items)).Returns(Read(items)).Returns(Read(items));

        var first = await Poller(maxNew: 2).PollAsync(Feed, force: true, CancellationToken.None);
        var second = await Poller(maxNew: 2).PollAsync(Feed, force: true, CancellationToken.None);
        var third = await Poller(maxNew: 2).PollAsync(Feed, force: true, CancellationToken.None);

        Assert.Equal(["a", "b"], first.NewArticles.Select(a => a.ExternalId));
        Assert.Equal(3, first.Backlog);
        Assert.Equal(["c", "d"], second.NewArticles.Select(a => a.ExternalId));
        Assert.Equal(1, second.Backlog);
        Assert.Equal(["e"], third.NewArticles.Select(a => a.ExternalId));
        Assert.Equal(0, third.Backlog);
        Assert.Equal(4, third.Duplicates);
    }

    [Fact]
    public async Task Poll_WhileABacklogRemains_KeepsNoValidatorsSoTheNextPollIsNotAnswered304()
    {
        var items = new[] { Item("a", 1), Item("b", 2), Item("c", 3) };
        _reader.Returns(Read(items)).Returns(Read(items)).Returns(Read(items));

        await Poller(maxNew: 2).PollAsync(Feed, force: true, CancellationToken.None);
        await Poller(maxNew: 2).PollAsync(Feed, force: true, CancellationToken.None);
        await Poller(maxNew: 2).PollAsync(Feed, force: true, CancellationToken.None);

        Assert.Null(_reader.Requests[1].ETag);
        Assert.Equal("\"v1\"", _reader.Requests[2].ETag);
    }

    [Fact]
    public async Task Poll_ItemsAlreadyStored_AreNeverConvertedAgain()
    {
        var items = new[] { Item("a", 1), Item("b", 2) };
        _reader.Returns(Read(items)).Returns(Read(items)).Returns(Read([.. items, Item("c", 0)]));

        await Poller().PollAsync(Feed, force: true, CancellationToken.None);
        await Poller().PollAsync(Feed, force: true, CancellationToken.None);
        var third = await Poller().PollAsync(Feed, force: true, CancellationToken.None);

        Assert.Equal(new Dictionary<string, int> { ["a"] = 1, ["b"] = 1, ["c"] = 1 }, _conversions);
        Assert.Equal(["c"], third.NewArticles.Select(a => a.ExternalId));
    }

    [Fact]
    public async Task Poll_TimeBudgetSpent_LeavesTheRestForTheNextPoll()
    {
        var slow = TimeSpan.FromSeconds(15);
        var items = new[] { Item("a", 1, slow), Item("b", 2, slow), Item("c", 3, slow), Item("d", 4, slow) };
        _reader.Returns(Read(items)).Returns(Read(items));

        var first = await Poller(budgetSeconds: 20).PollAsync(Feed, force: true, CancellationToken.None);
        var second = await Poller(budgetSeconds: 20).PollAsync(Feed, force: true, CancellationToken.None);

        Assert.Equal(["a", "b"], first.NewArticles.Select(a => a.ExternalId));
        Assert.Equal(2, first.Backlog);
        Assert.Equal(["c", "d"], second.NewArticles.Select(a => a.ExternalId));
    }

    [Fact]
    public async Task Poll_OneItemFailsToConvert_TheOthersAreStoredAndItIsTriedOnTheNextRead()
    {
        var items = new[] { Item("a", 1), Item("bad", 2, fails: new InvalidOperationException("broken markup")), Item("c", 3) };
        _reader.Returns(Read(items)).Returns(Read(items));

        var first = await Poller().PollAsync(Feed, force: true, CancellationToken.None);
        var second = await Poller().PollAsync(Feed, force: true, CancellationToken.None);

        Assert.Equal(["a", "c"], first.NewArticles.Select(a => a.ExternalId));
        Assert.Equal(1, first.ItemsFailed);
        Assert.Equal(0, first.Backlog);
        Assert.Equal(2, _conversions["bad"]);
        Assert.Empty(second.NewArticles);
    }

    [Fact]
    public async Task Poll_CancelledMidway_TheNextPollStoresTheRestNoneLostNoneTwice()
    {
        using var cancel = new CancellationTokenSource();
        var cancelling = new PendingItem("b", null, Item("x", 2).Published, () =>
        {
            cancel.Cancel();
            return new RawItem { ExternalId = "b", Title = "Title b", Text = "Body of b." };
        });
        var items = new[] { Item("a", 1), cancelling, Item("c", 3) };
        _reader.Returns(Read(items)).Returns(Read(items));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Poller().PollAsync(Feed, force: true, cancel.Token));
        await Poller().PollAsync(Feed, force: true, CancellationToken.None);

        var stored = await _articles.ListRecentAsync(10, CancellationToken.None);
        Assert.Equal(["a", "b", "c"], stored.Select(a => a.ExternalId).Order(StringComparer.Ordinal));
    }
}

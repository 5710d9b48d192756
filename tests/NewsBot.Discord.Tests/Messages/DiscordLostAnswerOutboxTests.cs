using System.Net;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using NewsBot.Core.Analysis;
using NewsBot.Core.Articles;
using NewsBot.Core.Delivery;
using NewsBot.Core.Delivery.Pacing;
using NewsBot.Core.Subscriptions;
using NewsBot.Discord.Messages;
using NewsBot.Testing.Discord;
using NewsBot.Testing.Metrics;
using NewsBot.Testing.Stores;
using NewsBot.Testing.Time;

namespace NewsBot.Discord.Tests.Messages;

/// <summary>The outbox and the Discord transport together, when Discord posts but its answer is a 502.</summary>
public sealed class DiscordLostAnswerOutboxTests : IAsyncLifetime, IDisposable
{
    private static readonly ChannelAddress Text = new("discord", "100");
    private static readonly ChannelAddress Forum = new("discord", "200");

    private readonly InMemoryDeliveryStore _deliveries = new();
    private readonly InMemoryArticleStore _articles = new();
    private readonly InMemorySubscriptionStore _subscriptions = new();
    private readonly FakeTimeProvider _time = new();
    private readonly TestMeterFactory _meters = new();
    private FakeDiscordServer _server = null!;
    private DiscordHarness _discord = null!;

    public async Task InitializeAsync()
    {
        _server = await FakeDiscordServer.StartAsync(CancellationToken.None);
        _server.AddChannel(Text.ChannelId);
        _server.AddChannel(Forum.ChannelId, type: 15);
        _discord = new DiscordHarness(_server);
    }

    public async Task DisposeAsync() => await _server.DisposeAsync();

    public void Dispose()
    {
        _discord.Dispose();
        _meters.Dispose();
    }

    private DeliveryDispatcher Dispatcher(UncertainPolicy policy) => new(
        _deliveries, _subscriptions, [new DiscordChatTransport(_discord.Rest, NullLogger<DiscordChatTransport>.Instance)],
        new StoryContentLoader(_articles, new InMemoryArticleAnalysisStore(), new InMemoryStoryStore(_articles), new ArticleAnalyzer()),
        new ChannelAlertPolicy(_deliveries, Options.Create(new ChannelLimitsOptions { DailyCapPerChannel = 0 }), _time),
        Options.Create(new DeliveryOptions { OnUncertain = policy }), new DeliveryMetrics(_meters), _time, NullLogger<DeliveryDispatcher>.Instance);

    private async Task QueueAsync(ChannelAddress channel)
    {
        var article = await _articles.TryAddAsync(
            new NewArticle { FeedName = "f", Title = "Séisme au Japon", Text = "La terre a tremblé. Les secours arrivent.", ContentHash = "h" + channel.ChannelId, FetchedAt = _time.GetUtcNow() },
            CancellationToken.None);
        var subscription = await _subscriptions.AddAsync(new NewSubscription { Channel = channel, Query = "japon", CreatedAt = _time.GetUtcNow() }, CancellationToken.None);
        await _deliveries.EnqueueAsync([new NewDelivery { Channel = channel, ArticleId = article!.Id, SubscriptionId = subscription.Id, CreatedAt = _time.GetUtcNow() }], CancellationToken.None);
    }

    private async Task DrainForAnHourAsync(UncertainPolicy policy)
    {
        for (var minute = 0; minute < 60; minute++)
        {
            await Dispatcher(policy).DispatchAllDueAsync(CancellationToken.None);
            _time.Advance(TimeSpan.FromMinutes(1));
        }
    }

    private async Task<Core.Delivery.Delivery> RowAsync(ChannelAddress channel) =>
        Assert.Single(await _deliveries.ListByChannelAsync(channel, CancellationToken.None));

    private int ForumPosts() => _server.Requests.Count(r => r is { Method: "POST", Path: "/channels/200/threads", Status: 201 or 502 });

    [Theory]
    [InlineData(UncertainPolicy.Skip)]
    [InlineData(UncertainPolicy.Retry)]
    public async Task Message_PostedButAnswered502_IsRetriedAtOnce_AndTheNonceKeepsItToOnePost(UncertainPolicy policy)
    {
        await QueueAsync(Text);
        _server.FailNext("POST", "channels/100/messages", HttpStatusCode.BadGateway, afterApplying: true);

        await DrainForAnHourAsync(policy);

        var posted = Assert.Single(_server.MessagesIn(Text.ChannelId));
        var row = await RowAsync(Text);
        Assert.Equal((DeliveryStatus.Sent, posted.Id, (DateTimeOffset?)null), (row.Status, row.MessageId, row.UncertainAt));
    }

    [Fact]
    public async Task ForumPost_PostedButAnswered502_UnderSkip_IsClosedUnsent_OnePost()
    {
        await QueueAsync(Forum);
        _server.FailNext("POST", "channels/200/threads", HttpStatusCode.BadGateway, afterApplying: true);

        await DrainForAnHourAsync(UncertainPolicy.Skip);

        Assert.Equal(1, ForumPosts());
        Assert.Equal(DeliveryStatus.Skipped, (await RowAsync(Forum)).Status);
    }

    [Fact]
    public async Task ForumPost_PostedButAnswered502_UnderRetry_IsPostedOnceMore_NeverAThirdTime()
    {
        await QueueAsync(Forum);
        _server.FailNext("POST", "channels/200/threads", HttpStatusCode.BadGateway, afterApplying: true);

        await DrainForAnHourAsync(UncertainPolicy.Retry);

        // Discord takes no nonce for a new forum post: the one resend the policy allows posts it again.
        Assert.Equal(2, ForumPosts());
        Assert.Equal(DeliveryStatus.Sent, (await RowAsync(Forum)).Status);
    }
}

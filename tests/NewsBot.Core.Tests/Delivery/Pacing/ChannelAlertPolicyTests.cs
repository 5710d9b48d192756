using Microsoft.Extensions.Options;
using NewsBot.Core.Delivery;
using NewsBot.Core.Delivery.Pacing;
using NewsBot.Testing.Stores;
using NewsBot.Testing.Time;

namespace NewsBot.Core.Tests.Delivery.Pacing;

public sealed class ChannelAlertPolicyTests
{
    private static readonly CancellationToken None = CancellationToken.None;
    private static readonly ChannelAddress Channel = new("telegram", "-100");
    private static readonly TimeZoneInfo Paris = TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris");

    // 14:00 in Paris (UTC+2 in summer time).
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2024, 10, 25, 12, 0, 0, TimeSpan.Zero));
    private readonly InMemoryDeliveryStore _store = new();
    private long _articles;

    public ChannelAlertPolicyTests()
    {
        _clock.SetLocalTimeZone(Paris);
    }

    private ChannelAlertPolicy Policy(int dailyCap = 50, int minIntervalSeconds = 0) =>
        new(_store, Options.Create(new ChannelLimitsOptions { DailyCapPerChannel = dailyCap, MinIntervalSecondsPerChannel = minIntervalSeconds }), _clock);

    private async Task<Core.Delivery.Delivery> QueueAsync(ChannelAddress? channel = null)
    {
        var article = ++_articles;
        await _store.EnqueueAsync([new NewDelivery { Channel = channel ?? Channel, ArticleId = article, SubscriptionId = 1, CreatedAt = _clock.GetUtcNow() }], None);
        return (await _store.ListByChannelAsync(channel ?? Channel, None)).Single(d => d.ArticleId == article);
    }

    private async Task SentAsync(DateTimeOffset at, ChannelAddress? channel = null)
    {
        var delivery = await QueueAsync(channel);
        await _store.MarkSentAsync(delivery.Id, $"m{delivery.Id}", at, None);
    }

    [Fact]
    public async Task Decide_UnderTheCap_SendsNow()
    {
        await SentAsync(_clock.GetUtcNow().AddHours(-1));

        Assert.Same(AlertDecision.SendNow, await Policy(dailyCap: 2).DecideAsync(await QueueAsync(), None));
    }

    [Fact]
    public async Task Decide_CapReachedToday_DefersToTheStartOfTheNextLocalDay()
    {
        await SentAsync(_clock.GetUtcNow().AddHours(-1));
        await SentAsync(_clock.GetUtcNow().AddHours(-2));

        var decision = await Policy(dailyCap: 2).DecideAsync(await QueueAsync(), None);

        // Midnight in Paris on the 26th is 22:00 UTC on the 25th.
        Assert.Equal(new DateTimeOffset(2024, 10, 25, 22, 0, 0, TimeSpan.Zero), decision.DeferUntil);
        Assert.Contains("daily cap", decision.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Decide_UpdatesOfStoriesAlreadyTold_CountNeitherTowardsTheCapNorTheInterval()
    {
        await SentAsync(_clock.GetUtcNow().AddHours(-1));
        foreach (var minutes in new[] { -30, -1 })
        {
            await _store.EnqueueAsync(
                [new NewDelivery { Channel = Channel, ArticleId = ++_articles, StoryId = 1, Kind = DeliveryKind.Update, SubscriptionId = 1, CreatedAt = _clock.GetUtcNow() }], None);
            var update = (await _store.ListByChannelAsync(Channel, None)).Single(d => d.ArticleId == _articles);
            await _store.MarkSentAsync(update.Id, "m-alert", _clock.GetUtcNow().AddMinutes(minutes), None);
        }

        Assert.Same(AlertDecision.SendNow, await Policy(dailyCap: 2, minIntervalSeconds: 600).DecideAsync(await QueueAsync(), None));
    }

    [Fact]
    public async Task Decide_SendsOfTheLocalDayBefore_DoNotCount()
    {
        // 23:30 in Paris on the 24th: before the local day started, though the same UTC date as now.
        await SentAsync(new DateTimeOffset(2024, 10, 24, 21, 30, 0, TimeSpan.Zero));
        await SentAsync(new DateTimeOffset(2024, 10, 24, 21, 45, 0, TimeSpan.Zero));

        Assert.Same(AlertDecision.SendNow, await Policy(dailyCap: 2).DecideAsync(await QueueAsync(), None));
    }

    [Fact]
    public async Task Decide_CapOfOtherChannels_DoesNotApply()
    {
        await SentAsync(_clock.GetUtcNow().AddHours(-1), new ChannelAddress("telegram", "-100", "topic"));

        Assert.Same(AlertDecision.SendNow, await Policy(dailyCap: 1).DecideAsync(await QueueAsync(), None));
    }

    [Fact]
    public async Task Decide_CapOfZero_MeansNoCap()
    {
        await SentAsync(_clock.GetUtcNow().AddMinutes(-1));

        Assert.Same(AlertDecision.SendNow, await Policy(dailyCap: 0).DecideAsync(await QueueAsync(), None));
    }

    [Fact]
    public async Task Decide_SoonerThanTheMinimumInterval_DefersToLastSendPlusTheInterval()
    {
        var last = _clock.GetUtcNow().AddSeconds(-100);
        await SentAsync(last);

        var decision = await Policy(minIntervalSeconds: 300).DecideAsync(await QueueAsync(), None);

        Assert.Equal(last.AddSeconds(300), decision.DeferUntil);
        Assert.Contains("300 s", decision.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Decide_TheIntervalHasPassed_SendsNow()
    {
        await SentAsync(_clock.GetUtcNow().AddSeconds(-300));

        Assert.Same(AlertDecision.SendNow, await Policy(minIntervalSeconds: 300).DecideAsync(await QueueAsync(), None));
    }

    [Fact]
    public async Task Decide_CapAndIntervalBoth_DefersToTheLaterOfTheTwo()
    {
        // 23:59 in Paris: the cap says midnight, ten minutes after the last send at 23:58 say 00:08.
        _clock.Advance(TimeSpan.FromHours(9) + TimeSpan.FromMinutes(59));
        await SentAsync(_clock.GetUtcNow().AddMinutes(-1));

        var decision = await Policy(dailyCap: 1, minIntervalSeconds: 600).DecideAsync(await QueueAsync(), None);

        Assert.Equal(new DateTimeOffset(2024, 10, 25, 22, 8, 0, TimeSpan.Zero), decision.DeferUntil);
    }

    [Fact]
    public async Task Decide_CapOnTheDayClocksGoBack_CountsTheWholeLocalDay()
    {
        // 27 October 2024: Paris goes from UTC+2 to UTC+1 at 03:00; the day starts at 22:00 UTC on the 26th and ends at 23:00 UTC on the 27th.
        _clock.Advance(new DateTimeOffset(2024, 10, 27, 22, 30, 0, TimeSpan.Zero) - _clock.GetUtcNow());
        await SentAsync(new DateTimeOffset(2024, 10, 26, 22, 15, 0, TimeSpan.Zero));

        var decision = await Policy(dailyCap: 1).DecideAsync(await QueueAsync(), None);

        Assert.Equal(new DateTimeOffset(2024, 10, 27, 23, 0, 0, TimeSpan.Zero), decision.DeferUntil);
    }

    [Fact]
    public async Task Defer_PastTheCap_TheDeliveryIsClaimedTheNextDayWithNoAttemptCounted()
    {
        await SentAsync(_clock.GetUtcNow().AddHours(-1));
        var delivery = await QueueAsync();
        var lease = TimeSpan.FromMinutes(2);
        Assert.Single(await _store.ClaimDueAsync(10, _clock.GetUtcNow(), _clock.GetUtcNow() + lease, None));

        var decision = await Policy(dailyCap: 1).DecideAsync(delivery, None);
        await _store.DeferAsync(delivery.Id, decision.DeferUntil!.Value, None);

        Assert.Empty(await _store.ClaimDueAsync(10, _clock.GetUtcNow() + lease, _clock.GetUtcNow() + (2 * lease), None));
        _clock.Advance(decision.DeferUntil.Value - _clock.GetUtcNow());
        var nextDay = Assert.Single(await _store.ClaimDueAsync(10, _clock.GetUtcNow(), _clock.GetUtcNow() + lease, None));
        Assert.Equal((delivery.Id, 0), (nextDay.Id, nextDay.Attempts));
        Assert.Same(AlertDecision.SendNow, await Policy(dailyCap: 1).DecideAsync(nextDay, None));
    }
}

using NewsBot.Discord.Rest;
using NewsBot.Testing.Time;

namespace NewsBot.Discord.Tests.Rest;

public sealed class DiscordRateLimiterTests
{
    private readonly FakeTimeProvider _time = new();
    private readonly DiscordRateLimiter _limiter;

    public DiscordRateLimiterTests()
    {
        _limiter = new DiscordRateLimiter(new GlobalRateLimit(50, _time), _time);
    }

    private static RouteKey Messages(string channel) => RouteKey.From(HttpMethod.Post, $"channels/{channel}/messages");

    [Fact]
    public async Task Acquire_BucketEmpty_WaitsUntilItsReset()
    {
        using (var first = await _limiter.AcquireAsync(Messages("1"), CancellationToken.None))
        {
            first.Update(new RateLimitHeaders("b1", 0, TimeSpan.FromSeconds(2), false, null));
        }

        var second = _limiter.AcquireAsync(Messages("1"), CancellationToken.None);
        await Task.Delay(50);
        Assert.False(second.IsCompleted);

        _time.Advance(TimeSpan.FromSeconds(1.9));
        await Task.Delay(50);
        Assert.False(second.IsCompleted);

        _time.Advance(TimeSpan.FromSeconds(0.2));
        (await second.WaitAsync(TimeSpan.FromSeconds(5))).Dispose();
    }

    [Fact]
    public async Task Acquire_AtTheAnnouncedReset_WaitsTheMarginForDiscordsRoundedClock()
    {
        using (var first = await _limiter.AcquireAsync(Messages("1"), CancellationToken.None))
        {
            // Discord's window ended 0.4 ms after this moment, but Reset-After only has milliseconds.
            first.Update(new RateLimitHeaders("b1", 0, TimeSpan.FromSeconds(0.364), false, null));
        }

        var second = _limiter.AcquireAsync(Messages("1"), CancellationToken.None);
        _time.Advance(TimeSpan.FromSeconds(0.364) + TimeSpan.FromMilliseconds(0.4));
        await Task.Delay(50);
        Assert.False(second.IsCompleted);

        _time.Advance(RateLimitBucket.ResetMargin);
        (await second.WaitAsync(TimeSpan.FromSeconds(5))).Dispose();
    }

    [Fact]
    public async Task Acquire_RemainingLeft_GoesAtOnce()
    {
        using (var first = await _limiter.AcquireAsync(Messages("1"), CancellationToken.None))
        {
            first.Update(new RateLimitHeaders("b1", 3, TimeSpan.FromSeconds(5), false, null));
        }

        for (var i = 0; i < 3; i++)
        {
            var next = _limiter.AcquireAsync(Messages("1"), CancellationToken.None);
            Assert.True(next.IsCompleted, $"request {i + 2} should not wait");
            (await next).Dispose();
        }

        var fifth = _limiter.AcquireAsync(Messages("1"), CancellationToken.None);
        await Task.Delay(50);
        Assert.False(fifth.IsCompleted);
        _time.Advance(TimeSpan.FromSeconds(5) + RateLimitBucket.ResetMargin);
        (await fifth.WaitAsync(TimeSpan.FromSeconds(5))).Dispose();
    }

    [Fact]
    public async Task Acquire_EmptyBucketOfOneChannel_DoesNotHoldAnotherChannel()
    {
        using (var first = await _limiter.AcquireAsync(Messages("1"), CancellationToken.None))
        {
            first.Update(new RateLimitHeaders("b1", 0, TimeSpan.FromSeconds(10), false, null));
        }

        var other = _limiter.AcquireAsync(Messages("2"), CancellationToken.None);

        Assert.True(other.IsCompleted);
        (await other).Dispose();
    }

    [Fact]
    public async Task Acquire_RoutesSharingALearnedBucket_WaitForTheSameReset()
    {
        var edit = RouteKey.From(HttpMethod.Patch, "channels/1/messages/5");
        using (var learn = await _limiter.AcquireAsync(edit, CancellationToken.None))
        {
            learn.Update(new RateLimitHeaders("shared", 5, TimeSpan.FromSeconds(1), false, null));
        }

        using (var post = await _limiter.AcquireAsync(Messages("1"), CancellationToken.None))
        {
            post.Update(new RateLimitHeaders("shared", 0, TimeSpan.FromSeconds(3), false, null));
        }

        var nextEdit = _limiter.AcquireAsync(edit, CancellationToken.None);
        await Task.Delay(50);
        Assert.False(nextEdit.IsCompleted);
        _time.Advance(TimeSpan.FromSeconds(3) + RateLimitBucket.ResetMargin);
        (await nextEdit.WaitAsync(TimeSpan.FromSeconds(5))).Dispose();
    }

    [Fact]
    public async Task Acquire_After429OnTheBucket_WaitsRetryAfter()
    {
        using (var first = await _limiter.AcquireAsync(Messages("1"), CancellationToken.None))
        {
            first.Hold(TimeSpan.FromSeconds(4));
        }

        var next = _limiter.AcquireAsync(Messages("1"), CancellationToken.None);
        await Task.Delay(50);
        Assert.False(next.IsCompleted);
        _time.Advance(TimeSpan.FromSeconds(4) + RateLimitBucket.ResetMargin);
        (await next.WaitAsync(TimeSpan.FromSeconds(5))).Dispose();
    }

    [Fact]
    public async Task Acquire_GlobalHold_HoldsEveryRouteButInteractionAnswers()
    {
        _limiter.HoldGlobal(TimeSpan.FromSeconds(2));

        var post = _limiter.AcquireAsync(Messages("7"), CancellationToken.None);
        var callback = _limiter.AcquireAsync(RouteKey.From(HttpMethod.Post, "interactions/1/t/callback"), CancellationToken.None);

        Assert.True(callback.IsCompleted);
        (await callback).Dispose();
        await Task.Delay(50);
        Assert.False(post.IsCompleted);
        _time.Advance(TimeSpan.FromSeconds(2));
        (await post.WaitAsync(TimeSpan.FromSeconds(5))).Dispose();
    }

    [Fact]
    public async Task GlobalLimit_FiftyInOneSecond_TheFiftyFirstWaitsOneSecondAfterTheirAnswers()
    {
        var global = new GlobalRateLimit(50, _time);
        var slots = new List<GlobalRateLimit.Slot>();
        for (var i = 0; i < 50; i++)
        {
            var wait = global.WaitAsync(CancellationToken.None);
            Assert.True(wait.IsCompleted);
            slots.Add(await wait);
        }

        var fiftyFirst = global.WaitAsync(CancellationToken.None);
        _time.Advance(TimeSpan.FromSeconds(1));
        await Task.Delay(50);
        Assert.False(fiftyFirst.IsCompleted, "the first fifty have no answer yet, so Discord may still be counting them");

        slots.ForEach(s => s.Complete());
        _time.Advance(TimeSpan.FromSeconds(0.9));
        await Task.Delay(50);
        Assert.False(fiftyFirst.IsCompleted);
        _time.Advance(TimeSpan.FromSeconds(0.2));
        await fiftyFirst.WaitAsync(TimeSpan.FromSeconds(5));
    }

    [Fact]
    public void InvalidRequestGuard_PastTheBudget_HoldsUntilTheOldestLeavesTheTenMinuteWindow()
    {
        var guard = new InvalidRequestGuard(3, _time);
        Assert.False(guard.Record());
        _time.Advance(TimeSpan.FromMinutes(1));
        Assert.False(guard.Record());
        Assert.Equal(TimeSpan.Zero, guard.Wait());
        Assert.True(guard.Record());

        Assert.Equal(TimeSpan.FromMinutes(9), guard.Wait());
        _time.Advance(TimeSpan.FromMinutes(9));
        Assert.Equal(TimeSpan.Zero, guard.Wait());
        Assert.Equal(2, guard.Count);
    }
}

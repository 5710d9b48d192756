using NewsBot.Core.Delivery.Pacing;

namespace NewsBot.Core.Tests.Delivery.Pacing;

public sealed class TokenBucketTests
{
    private static readonly DateTimeOffset T0 = new(2024, 10, 25, 8, 0, 0, TimeSpan.Zero);

    [Fact]
    public void ReadyAt_FreshBucket_IsReadyAtOnce()
    {
        Assert.Equal(T0, TokenBucket.PerSecond(1).ReadyAt(T0));
    }

    [Fact]
    public void Take_ThenReadyAt_IsOneIntervalLater()
    {
        var bucket = TokenBucket.PerSecond(4);

        bucket.Take(T0);

        Assert.Equal(T0.AddMilliseconds(250), bucket.ReadyAt(T0));
        Assert.Equal(T0.AddSeconds(5), bucket.ReadyAt(T0.AddSeconds(5)));
    }

    [Fact]
    public void Take_AheadOfTheClock_ReservesTheSlotsAfterIt()
    {
        var bucket = TokenBucket.PerMinute(20);

        bucket.Take(T0);
        bucket.Take(bucket.ReadyAt(T0));

        Assert.Equal(T0.AddSeconds(6), bucket.ReadyAt(T0));
    }

    [Fact]
    public void PerSecond_UnevenRate_RoundsTheIntervalUpSoTheRateIsNeverPassed()
    {
        var bucket = TokenBucket.PerSecond(30);

        Assert.True(bucket.Interval * 30 >= TimeSpan.FromSeconds(1));
        Assert.True(bucket.Interval * 30 < TimeSpan.FromSeconds(1) + TimeSpan.FromTicks(30));
    }
}

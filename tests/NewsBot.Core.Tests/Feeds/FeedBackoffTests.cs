using NewsBot.Core.Feeds;

namespace NewsBot.Core.Tests.Feeds;

public sealed class FeedBackoffTests
{
    [Theory]
    [InlineData(1, 10)]
    [InlineData(2, 20)]
    [InlineData(4, 80)]
    public void Delay_DoublesWithEachFailure(int failures, int expectedMinutes)
    {
        var delay = FeedBackoff.Delay(TimeSpan.FromMinutes(10), failures, TimeSpan.FromHours(6), jitterSample: 0.5);

        Assert.Equal(expectedMinutes, delay.TotalMinutes, precision: 6);
    }

    [Fact]
    public void Delay_IsCappedAndJitteredWithinTenPercent()
    {
        var low = FeedBackoff.Delay(TimeSpan.FromMinutes(10), 50, TimeSpan.FromHours(6), 0);
        var high = FeedBackoff.Delay(TimeSpan.FromMinutes(10), 50, TimeSpan.FromHours(6), 1);

        Assert.Equal(TimeSpan.FromHours(6 * 0.9), low);
        Assert.Equal(TimeSpan.FromHours(6 * 1.1), high);
    }
}

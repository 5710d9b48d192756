using System.Globalization;
using NewsBot.Scheduling;

namespace NewsBot.Tests.Scheduling;

public sealed class FeedJitterTests
{
    private static readonly TimeSpan TenMinutes = TimeSpan.FromMinutes(10);

    private static IEnumerable<string> FarmNames(int count) =>
        Enumerable.Range(0, count).Select(i => "farm-" + i.ToString(CultureInfo.InvariantCulture));

    [Fact]
    public void FirstDelay_TenThousandNumberedFeeds_SpreadEvenlyOverTheWholeInterval()
    {
        // Twenty 30-second slices of a 10-minute interval, 500 feeds each if the spread is even.
        var slices = new int[20];
        foreach (var name in FarmNames(10_000))
        {
            var delay = FeedJitter.FirstDelay(name, TenMinutes);
            Assert.InRange(delay, TimeSpan.Zero, TenMinutes - TimeSpan.FromTicks(1));
            slices[(int)(delay / TenMinutes * slices.Length)]++;
        }

        // The old layout put every feed in the first slice (the first minute); an even one gives each ~500.
        Assert.All(slices, count => Assert.InRange(count, 400, 600));
    }

    [Fact]
    public void FirstDelay_SameFeedAgain_SamePlaceInItsInterval()
    {
        foreach (var name in FarmNames(100).Append("lemonde").Append("reuters-world"))
        {
            var fraction = FeedJitter.FirstDelay(name, TenMinutes) / TenMinutes;

            Assert.Equal(FeedJitter.FirstDelay(name, TenMinutes), FeedJitter.FirstDelay(name, TenMinutes));
            Assert.Equal(fraction, FeedJitter.FirstDelay(name, TimeSpan.FromHours(1)) / TimeSpan.FromHours(1), precision: 6);
        }
    }

    [Fact]
    public void FirstDelay_KnownName_DoesNotDependOnTheProcess()
    {
        // Pinned so that a change of hash (or a slip to string.GetHashCode) is seen: restarts would move every feed.
        Assert.Equal(0.0151, FeedJitter.FirstDelay("n185", TimeSpan.FromMinutes(1)).TotalMinutes, precision: 3);
    }
}

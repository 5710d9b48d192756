using NewsBot.Core.Subscriptions.Matching;

namespace NewsBot.Core.Tests.Subscriptions.Matching;

public sealed class KeyFrequencyTests
{
    [Fact]
    public void Observe_CountsOneArticleInSampleEvery()
    {
        var frequency = new KeyFrequency();

        for (var i = 0; i < 2 * KeyFrequency.SampleEvery; i++)
        {
            frequency.Observe([5, i % 2 == 0 ? 7 : 8], keyCount: 10);
        }

        Assert.Equal(2, frequency.Samples);
        Assert.Equal(2, frequency.Count(5));
        Assert.Equal(2, frequency.Count(7) + frequency.Count(8));
        Assert.Equal(0, frequency.Count(9));
        Assert.Equal(0, frequency.Count(1_000));
    }

    [Fact]
    public void Observe_FullWindow_HalvesEveryCountSoRecentNewsWeighsMore()
    {
        var frequency = new KeyFrequency();
        for (var i = 0; i < KeyFrequency.SampleEvery * (KeyFrequency.Window - 1); i++)
        {
            frequency.Observe([3], keyCount: 4);
        }

        Assert.Equal(KeyFrequency.Window - 1, frequency.Count(3));

        for (var i = 0; i < KeyFrequency.SampleEvery; i++)
        {
            frequency.Observe([2], keyCount: 4);
        }

        Assert.Equal(KeyFrequency.Window / 2, frequency.Samples);
        Assert.Equal((KeyFrequency.Window - 1) / 2, frequency.Count(3));
        Assert.Equal(0, frequency.Count(2));
    }

    [Fact]
    public void Trusted_OnlyAfterMinSamples()
    {
        var frequency = new KeyFrequency();
        for (var i = 0; i < KeyFrequency.SampleEvery * (KeyFrequency.MinSamples - 1); i++)
        {
            frequency.Observe([2], keyCount: 3);
        }

        Assert.False(frequency.Trusted);
        for (var i = 0; i < KeyFrequency.SampleEvery; i++)
        {
            frequency.Observe([2], keyCount: 3);
        }

        Assert.True(frequency.Trusted);
    }
}

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
        Counted(frequency, KeyFrequency.Window - 1, key: 3);

        Assert.Equal(KeyFrequency.Window - 1, frequency.Count(3));

        Counted(frequency, 1, key: 2);

        Assert.Equal(KeyFrequency.Window / 2, frequency.Samples);
        Assert.Equal((KeyFrequency.Window - 1) / 2, frequency.Count(3));
        Assert.Equal(0, frequency.Count(2));
    }

    [Fact]
    public void Trusted_OnlyAfterMinSamples()
    {
        var frequency = new KeyFrequency();
        Counted(frequency, KeyFrequency.MinSamples - 1, key: 2);

        Assert.False(frequency.Trusted);
        Counted(frequency, 1, key: 2);

        Assert.True(frequency.Trusted);
    }

    /// <summary>Observes as many articles with <paramref name="key"/> as make <paramref name="samples"/> counted ones.</summary>
    private static void Counted(KeyFrequency frequency, int samples, int key)
    {
        for (var i = 0; i < KeyFrequency.SampleEvery * samples; i++)
        {
            frequency.Observe([key], keyCount: 4);
        }
    }
}

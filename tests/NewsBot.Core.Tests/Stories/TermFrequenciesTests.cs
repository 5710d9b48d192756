using NewsBot.Core.Stories;

namespace NewsBot.Core.Tests.Stories;

public sealed class TermFrequenciesTests
{
    private const int Day = 740_000;

    [Fact]
    public void Frequency_TermsCountedOnDaysOfTheWindow_IsTheArticlesOfThoseDays()
    {
        var frequencies = new TermFrequencies();
        var (name, word) = (Hash(1), Hash(2));

        frequencies.Add(name, Day);
        frequencies.Add(name, Day + 1);
        frequencies.Add(word, Day + 1);
        frequencies.Add(name, Day + 2);

        Assert.Equal(3, frequencies.Frequency(name, Day + 2));
        Assert.Equal(1, frequencies.Frequency(word, Day + 2));
        Assert.Equal(0, frequencies.Frequency(Hash(3), Day + 2));
    }

    [Fact]
    public void Frequency_DaysThatLeftTheWindow_NoLongerCount()
    {
        var frequencies = new TermFrequencies();
        var name = Hash(1);
        frequencies.Add(name, Day);
        frequencies.Add(name, Day + 1);

        frequencies.Add(Hash(2), Day + TermFrequencies.Days);

        Assert.Equal(1, frequencies.Frequency(name, Day + TermFrequencies.Days));
        frequencies.Add(Hash(2), Day + TermFrequencies.Days + 1);
        Assert.Equal(0, frequencies.Frequency(name, Day + TermFrequencies.Days + 1));
    }

    [Fact]
    public void Add_ADayOlderThanTheWindowsNewest_IsNotCountedIntoAnotherDay()
    {
        var frequencies = new TermFrequencies();
        var name = Hash(1);
        frequencies.Add(name, Day + TermFrequencies.Days);

        frequencies.Add(name, Day);

        Assert.Equal(1, frequencies.Frequency(name, Day + TermFrequencies.Days));
    }

    [Fact]
    public void Add_ManyDistinctTerms_CountsEveryOneExactly()
    {
        var frequencies = new TermFrequencies();
        var random = new Random(7);
        var truth = new Dictionary<uint, int>();
        for (var i = 0; i < 200_000; i++)
        {
            // A long tail, as the news's words: most terms once, a few in many articles.
            var term = Hash(random.Next(0, 2) == 0 ? random.Next(0, 100) : random.Next(100, 1_000_000));
            frequencies.Add(term, Day);
            truth[term] = truth.GetValueOrDefault(term) + 1;
        }

        Assert.Equal(truth.Count, frequencies.Count);
        Assert.All(truth, t => Assert.Equal(t.Value, frequencies.Frequency(t.Key, Day)));
    }

    [Fact]
    public void Add_ANewDayAfterTheWindowsTermsLeft_GivesTheirSlotsBack()
    {
        var frequencies = new TermFrequencies();
        for (var i = 0; i < 100_000; i++)
        {
            frequencies.Add(Hash(i), Day);
        }

        var full = frequencies.Capacity;
        frequencies.Add(Hash(-1), Day + TermFrequencies.Days);

        Assert.Equal(1, frequencies.Count);
        Assert.True(frequencies.Capacity < full / 10, $"{frequencies.Capacity} slots of {full}");
    }

    [Fact]
    public void Add_ACommonWordPastAByteADay_CountsEveryArticleExactly()
    {
        var frequencies = new TermFrequencies();
        var (common, rare) = (Hash(1), Hash(2));

        for (var i = 0; i < 70_000; i++)
        {
            frequencies.Add(common, Day);
        }

        for (var i = 0; i < 300; i++)
        {
            frequencies.Add(common, Day + 1);
            frequencies.Add(rare, Day + 1);
        }

        Assert.Equal(70_300, frequencies.Frequency(common, Day + 1));
        Assert.Equal(300, frequencies.Frequency(rare, Day + 1));
        Assert.Equal(2, frequencies.Large);
    }

    [Fact]
    public void Add_DaysOfACommonWordLeavingTheWindow_LeaveTheRestExactAndFreeTheSideTable()
    {
        var frequencies = new TermFrequencies();
        var common = Hash(1);
        for (var i = 0; i < 1_000; i++)
        {
            frequencies.Add(common, Day);
        }

        for (var i = 0; i < 10; i++)
        {
            frequencies.Add(common, Day + 1);
        }

        frequencies.Add(Hash(2), Day + TermFrequencies.Days);

        Assert.Equal(10, frequencies.Frequency(common, Day + TermFrequencies.Days));
        Assert.Equal(0, frequencies.Large);
    }

    [Fact]
    public void Add_ANewDay_SizesTheTableToTheTermsItStillCounts()
    {
        var frequencies = new TermFrequencies();
        for (var i = 0; i < 100_000; i++)
        {
            frequencies.Add(Hash(i), Day);
        }

        frequencies.Add(Hash(-1), Day + 1);

        Assert.Equal(100_001, frequencies.Count);
        Assert.InRange(frequencies.Capacity, 100_001, (100_001 * 5 / 3) + 2);
    }

    [Fact]
    public void Add_TheHashZero_IsCountedLikeAnyOther()
    {
        var frequencies = new TermFrequencies();

        frequencies.Add(0, Day);

        Assert.Equal(1, frequencies.Frequency(0, Day));
    }

    /// <summary>A well-mixed 32-bit hash of <paramref name="n"/>, as the vocabulary gives its terms.</summary>
    private static uint Hash(long n)
    {
        var x = (ulong)n + 0x9e3779b97f4a7c15UL;
        x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9UL;
        x = (x ^ (x >> 27)) * 0x94d049bb133111ebUL;
        return (uint)((x ^ (x >> 31)) >> 32);
    }
}

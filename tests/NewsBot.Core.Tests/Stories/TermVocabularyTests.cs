using NewsBot.Core.Stories;

namespace NewsBot.Core.Tests.Stories;

public sealed class TermVocabularyTests
{
    private const int Day = 740_000;

    [Fact]
    public void Sweep_CacheFull_DropsTheTermObjectsAndKeepsTheirArticleCounts()
    {
        var vocabulary = new TermVocabulary();
        for (var i = 0; i < TermVocabulary.MaxCached; i++)
        {
            vocabulary.Count(vocabulary.Get($"word{i}"), Day);
        }

        var before = vocabulary.Get("word42");
        vocabulary.Sweep(Day);

        Assert.Equal(0, vocabulary.Size);
        var after = vocabulary.Get("word42");
        Assert.NotSame(before, after);
        Assert.Equal(before.Hash, after.Hash);
        Assert.Equal(1, vocabulary.Frequency(after, Day));
    }

    [Fact]
    public void Sweep_FewTermsOnTheSameDay_LeavesThemCached()
    {
        var vocabulary = new TermVocabulary();
        vocabulary.Sweep(Day);
        var word = vocabulary.Get("word");

        vocabulary.Sweep(Day);

        Assert.Same(word, vocabulary.Get("word"));
    }

    [Fact]
    public void Sweep_ANewDay_EmptiesTheCache()
    {
        var vocabulary = new TermVocabulary();
        vocabulary.Sweep(Day);
        vocabulary.Get("word");

        vocabulary.Sweep(Day + 1);

        Assert.Equal(0, vocabulary.Size);
    }
}

using NewsBot.Core.Stories;

namespace NewsBot.Core.Tests.Stories;

public sealed class ArticleReaderTests
{
    /// <summary>A day as the clusterer counts them (days since year 1).</summary>
    private const int Day = 740_000;

    [Fact]
    public void Read_NamesCommonInTheWindowBehindManyRareWords_StillCarriesTheNames()
    {
        // The window has seen the names in many articles (the story's other reports), so by weight every one
        // of the report's own rare words ranks above them: the names are what another language shares.
        var vocabulary = new TermVocabulary();
        var reader = new ArticleReader(vocabulary, new StoryAliases(NewsBot.Core.Subscriptions.Matching.AliasTable.Empty));
        for (var i = 0; i < 30; i++)
        {
            reader.Read(string.Empty, $"Yesterday Zorvath and Quillane met again in session {i}.", "en", day: Day);
        }

        var rare = string.Join(' ', Enumerable.Range(0, ArticleReader.MaxTerms + 10).Select(Word));
        var vector = reader.Read(string.Empty, $"Les {rare}. Hier Zorvath et Quillane ont parlé.", "fr", day: Day);

        var kept = vector.Terms.Select(t => t.Key).ToList();
        // Keys are stems: "quillane" is kept as "quillan".
        Assert.Contains(kept, k => k.StartsWith("zorvat", StringComparison.Ordinal));
        Assert.Contains(kept, k => k.StartsWith("quillan", StringComparison.Ordinal));
        Assert.True(vector.Terms.Length <= ArticleReader.MaxTerms + ArticleReader.MaxExtraBridges);
    }

    /// <summary>A made-up lower-case word per number: "bab", "bac", …, distinct, never a stop word.</summary>
    private static string Word(int n) => "mot" + (char)('a' + n / 26 % 26) + (char)('a' + n % 26) + "ex";
}

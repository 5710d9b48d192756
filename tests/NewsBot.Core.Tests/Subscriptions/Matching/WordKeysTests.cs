using NewsBot.Core.Subscriptions.Matching;

namespace NewsBot.Core.Tests.Subscriptions.Matching;

public sealed class WordKeysTests
{
    [Fact]
    public void Find_WordsSharingTheirFirstEightCharacters_GetTheirOwnKeys()
    {
        var dictionary = new TermDictionary();
        var international = dictionary.Word(LightStemmer.Stem("internationalisation"));
        var internationaux = dictionary.Word(LightStemmer.Stem("internationaux"));
        var keys = new WordKeys();

        // Asked twice each: the second answer comes from the table, not from the dictionary.
        for (var round = 0; round < 2; round++)
        {
            Assert.Equal(international, Find(keys, "internationalisation", dictionary));
            Assert.Equal(internationaux, Find(keys, "internationaux", dictionary));
            Assert.Equal(-1, Find(keys, "internationalisatio", dictionary));
            Assert.Equal(-1, Find(keys, "internationalisatiom", dictionary));
        }
    }

    [Fact]
    public void Find_ManyWords_EachFoundAgainAfterTheTableGrew()
    {
        var dictionary = new TermDictionary();
        var expected = Enumerable.Range(0, 5000).ToDictionary(i => $"mot{i}x", i => i % 3 == 0 ? dictionary.Word(LightStemmer.Stem($"mot{i}x")) : -1);
        var keys = new WordKeys();
        foreach (var (word, key) in expected)
        {
            Assert.Equal(key, Find(keys, word, dictionary));
        }

        foreach (var (word, key) in expected)
        {
            Assert.Equal(key, Find(keys, word, dictionary));
        }
    }

    private static int Find(WordKeys keys, string word, TermDictionary dictionary) =>
        keys.Find(word, WordShape.Of(word), dictionary, out _, out _);
}

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
        // Short and long words: a slot keeps no hash, so growing the table works out the long ones' from the pool.
        var words = Enumerable.Range(0, 5000).Select(i => i % 2 == 0 ? $"mot{i}x" : $"internationalisation{i}x");
        var expected = words.Select((word, i) => (word, i)).ToDictionary(w => w.word, w => w.i % 3 == 0 ? dictionary.Word(LightStemmer.Stem(w.word)) : -1);
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

    [Fact]
    public void Find_WordStartingWithSeveralPrefixes_GivesTheFirstAndTheOthers()
    {
        var dictionary = new TermDictionary();
        var ukr = dictionary.Prefix("ukr");
        var ukrain = dictionary.Prefix("ukrain");
        var ukrainien = dictionary.Prefix("ukrainien");
        dictionary.Prefix("ukrainiennes");
        var keys = new WordKeys();

        for (var round = 0; round < 2; round++)
        {
            var entry = keys.Find("ukrainienne", WordShape.Of("ukrainienne"), dictionary);
            Assert.Equal([ukr, ukrain, ukrainien], [entry.Prefix, .. keys.MorePrefixes(entry.MorePrefixes)]);

            var one = keys.Find("ukrlink", WordShape.Of("ukrlink"), dictionary);
            Assert.Equal((ukr, 0), (one.Prefix, (int)one.MorePrefixes));

            var none = keys.Find("kiev", WordShape.Of("kiev"), dictionary);
            Assert.Equal(-1, none.Prefix);
        }
    }

    [Fact]
    public void Find_AWordWithPrefixesWhenTheTableIsFull_GetsItsOwnPrefixes()
    {
        // The table empties itself when full; a word found as that happens must not point at a set of
        // further prefixes that went with it.
        var dictionary = new TermDictionary();
        var mot = dictionary.Prefix("mot");
        var motx = dictionary.Prefix("motx");
        var keys = new WordKeys();
        for (var i = 0; i < WordKeys.MaxEntries; i++)
        {
            Find(keys, $"w{i}", dictionary);
        }

        for (var i = 0; i < 10; i++)
        {
            var word = $"motx{i}";
            var entry = keys.Find(word, WordShape.Of(word), dictionary);
            Assert.Equal([mot, motx], [entry.Prefix, .. keys.MorePrefixes(entry.MorePrefixes)]);
        }
    }

    private static int Find(WordKeys keys, string word, TermDictionary dictionary) =>
        keys.Find(word, WordShape.Of(word), dictionary).Word;
}

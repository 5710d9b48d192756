using NewsBot.Core.Subscriptions.Matching;

namespace NewsBot.Core.Tests.Subscriptions.Matching;

public sealed class WordShapeTests
{
    private static readonly string[] Words =
    [
        "a", "de", "les", "dans", "russe", "soldat", "ukraine", "missiles", "pentagone",
        "internationale", "internationaux", "é", "ça", "nord-coréens", "-", "a-b", "x-", "-y",
        "anticonstitutionnellement-bis", "北朝鮮", "kyiv's",
    ];

    [Fact]
    public void Of_WordInsideTheText_EqualsTheSameWordAtTheTextsEnd()
    {
        foreach (var word in Words)
        {
            var inside = WordShape.Of("  " + word + " et la suite de la phrase", 2, word.Length, out var hyphenatedInside);
            var atEnd = WordShape.Of(" " + word, 1, word.Length, out var hyphenatedAtEnd);
            var alone = WordShape.Of(word);

            Assert.Equal(atEnd, inside);
            Assert.Equal(alone, inside);
            Assert.Equal(word.Contains('-', StringComparison.Ordinal), hyphenatedInside);
            Assert.Equal(hyphenatedInside, hyphenatedAtEnd);
        }
    }

    [Fact]
    public void Of_DifferentWords_DifferInHeadNextOrLength()
    {
        var shapes = Words.Where(w => w.Length <= WordShape.PackedChars).Select(w => WordShape.Of(w)).ToList();

        Assert.Equal(shapes.Count, shapes.Select(s => (s.Head, s.Next, s.Length)).Distinct().Count());
    }

    [Fact]
    public void Of_IgnoresWhatFollowsTheWord()
    {
        var one = WordShape.Of("guerre,aaaaaaaa", 0, 6, out _);
        var other = WordShape.Of("guerre zzzzzzzz", 0, 6, out _);

        Assert.Equal(one, other);
    }

    [Fact]
    public void Of_HyphenAfterTheEighthCharacter_IsFound()
    {
        WordShape.Of("anticonstitutionnel-bis", 0, 23, out var hyphenated);

        Assert.True(hyphenated);
    }
}

using NewsBot.Core.Text;

namespace NewsBot.Core.Tests.Text;

public sealed class TextFoldingTests
{
    [Theory]
    [InlineData("Corée du Nord", "coree du nord")]
    [InlineData("COREE", "coree")]
    [InlineData("Œuvre d’Ærø", "ouvre d'arø")]
    [InlineData("İstanbul", "istanbul")]
    [InlineData("nord\u2011coréens", "nord-coreens")]
    [InlineData("Е\u0301", "е")]
    public void Fold_RemovesAccentsAndCase_AndPlainsTypography(string text, string folded)
    {
        Assert.Equal(folded, TextFolding.Fold(text));
    }

    [Fact]
    public void Fold_LatinText_GivesWhatTheFullUnicodePathGives()
    {
        // A CJK character sends the text down the decomposing path; it folds to itself.
        const string NotLatin = "\u4E00";
        for (var c = '\0'; c < '\u0250'; c++)
        {
            var alone = TextFolding.Fold(c.ToString());
            Assert.Equal(alone + NotLatin, TextFolding.Fold(c + NotLatin));
        }
    }

    [Fact]
    public void Fold_LoneSurrogate_IsReplacedAndTheRestFolded()
    {
        // In code, not in InlineData: xunit's test-case serialization mangles a lone surrogate before the test sees it.
        (string Text, string Folded)[] cases =
        [
            ("Cor\uD800ée", "cor\uFFFDee"),
            ("\uDC00Corée", "\uFFFDcoree"),
            ("Corée\uD83D", "coree\uFFFD"),
            ("\uDE00\uD83D", "\uFFFD\uFFFD"),
        ];

        Assert.All(cases, c => Assert.Equal(c.Folded, TextFolding.Fold(c.Text)));
    }

    [Fact]
    public void Fold_SurrogatePair_IsKeptWhole()
    {
        Assert.Equal("coree \uD83D\uDE00", TextFolding.Fold("Corée \uD83D\uDE00"));
    }

    [Fact]
    public void Fold_RandomTextWithHalvesOfPairs_NeverThrows()
    {
        // Feed titles cut inside an emoji, and garbage, reach folding outside commands (sources, figures, fingerprints).
        var random = new Random(20261203);
        char[] pieces = ['a', 'É', '\u0301', '\u4E00', '\uD83D', '\uDE00', '\uDBFF', '\uDC00', ' ', '\u2019'];
        for (var i = 0; i < 5_000; i++)
        {
            var text = new string(Enumerable.Range(0, random.Next(1, 12)).Select(_ => pieces[random.Next(pieces.Length)]).ToArray());

            var folded = TextFolding.Fold(text);

            Assert.False(HasLoneSurrogate(folded), $"input {Escape(text)} folded to {Escape(folded)}");
        }
    }

    private static bool HasLoneSurrogate(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(text[i]))
            {
                return true;
            }
        }

        return false;
    }

    private static string Escape(string text) => string.Concat(text.Select(c => $"\\u{(int)c:X4}"));
}

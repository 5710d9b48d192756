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
}

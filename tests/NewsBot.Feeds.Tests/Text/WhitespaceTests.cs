using NewsBot.Feeds.Text;

namespace NewsBot.Feeds.Tests.Text;

public sealed class WhitespaceTests
{
    [Theory]
    [InlineData("a  \t b", "a b")]
    [InlineData("  edges  ", "edges")]
    [InlineData("10\u00A0000 soldats", "10\u00A0000 soldats")]
    [InlineData("10\u202F000 soldats", "10\u202F000 soldats")]
    [InlineData("« \u00A0 mot »", "«\u00A0mot »")]
    [InlineData("\u00A0La fin", "La fin")]
    [InlineData("zéro\u200Blargeur et sou\u00ADple", "zérolargeur et souple")]
    public void Collapse_Whitespace_BreakingRunsBecomeOneSpaceNoBreakSpacesStay(string input, string expected)
    {
        Assert.Equal(expected, Whitespace.Collapse(input));
    }

    [Fact]
    public void Split_HardWrappedPlainText_WrappedLinesJoinedParagraphsKept()
    {
        var paragraphs = PlainTextParagraphs.Split("Un titre\n\nUne phrase coupée\nen deux lignes.\nUne autre ligne.\r\n\r\n\r\nFin.");

        Assert.Equal(["Un titre", "Une phrase coupée en deux lignes.", "Une autre ligne.", "Fin."], paragraphs);
    }
}

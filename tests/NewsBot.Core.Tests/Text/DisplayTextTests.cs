using NewsBot.Core.Text;

namespace NewsBot.Core.Tests.Text;

public sealed class DisplayTextTests
{
    [Theory]
    [InlineData("plain text, unchanged", "plain text, unchanged")]
    [InlineData("invoice\u202Egpj.exe", "invoicegpj.exe")]
    [InlineData("\u2066isolated\u2069 \u202Aembedded\u202C \u202Doverride", "isolated embedded override")]
    [InlineData("zero\u200Bwidth\u2060joiner\uFEFF", "zerowidthjoiner")]
    [InlineData("red \u001B[31malert\u001B[0m", "red [31malert[0m")]
    [InlineData("nul\u0000 bell\u0007 c1\u009B", "nul bell c1")]
    [InlineData("a\tb", "a b")]
    [InlineData("one\r\ntwo\rthree\u2028four\u0085five", "one\ntwo\nthree\nfour\nfive")]
    public void Clean_ControlAndReorderingCharacters_AreTakenOut(string text, string expected) =>
        Assert.Equal(expected, DisplayText.Clean(text));

    [Theory]
    [InlineData("می\u200Cخواهم")]
    [InlineData("👩\u200D👩\u200D👧")]
    [InlineData("שלום \u200Eabc\u200F")]
    [InlineData("😀 é ﷺ")]
    public void Clean_JoinersMarksAndEmoji_AreKept(string text) => Assert.Equal(text, DisplayText.Clean(text));

    [Fact]
    public void Clean_LoneSurrogates_BecomeTheReplacementCharacter() =>
        Assert.Equal("a\uFFFDb\uFFFD", DisplayText.Clean("a\uD83Db\uDE00"));

    [Fact]
    public void Clean_NothingToClean_ReturnsTheSameString()
    {
        var text = "Des soldats nord-coréens 😀";

        Assert.Same(text, DisplayText.Clean(text));
    }

    [Theory]
    [InlineData("ab😀", 3, "ab")]
    [InlineData("ab😀", 4, "ab😀")]
    [InlineData("abc", 2, "ab")]
    [InlineData("abc", 0, "")]
    public void Prefix_NeverEndsInHalfASurrogatePair(string text, int length, string expected) =>
        Assert.Equal(expected, DisplayText.Prefix(text, length));

    [Theory]
    [InlineData("abc", 3, "abc")]
    [InlineData("abcd", 3, "ab…")]
    [InlineData("a😀bc", 3, "a…")]
    public void Shorten_TooLong_CutsWholeCharactersAndMarksTheCut(string text, int max, string expected) =>
        Assert.Equal(expected, DisplayText.Shorten(text, max));
}

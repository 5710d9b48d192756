using NewsBot.Core.Text;

namespace NewsBot.Core.Tests.Text;

public sealed class TokenizerTests
{
    private static string[] Tokens(string text)
    {
        var article = new ArticleText(text);
        return Enumerable.Range(0, article.Count).Select(i => article.Raw(i).ToString()).ToArray();
    }

    [Theory]
    [InlineData("10 000 soldats", "10 000")]
    [InlineData("10\u00A0000 soldats", "10\u00A0000")]
    [InlineData("10\u202F000 soldats", "10\u202F000")]
    [InlineData("10,000 troops", "10,000")]
    [InlineData("1,3 million", "1,3")]
    [InlineData("2.5 million", "2.5")]
    public void Tokenize_NumberWithSeparators_IsOneToken(string text, string expected) =>
        Assert.Equal(expected, Tokens(text)[0]);

    [Fact]
    public void Tokenize_YearFollowedByCount_StaysApart() =>
        Assert.Equal(["en", "2022", "100", "soldats"], Tokens("en 2022 100 soldats"));

    [Fact]
    public void Tokenize_FrenchElision_SplitsArticle() =>
        Assert.Equal(["jusqu’", "à", "l’", "armée", "d'", "Ukraine"], Tokens("jusqu’à l’armée d'Ukraine"));

    [Fact]
    public void Tokenize_HyphenatedWords_StayWhole() =>
        Assert.Equal(["soldats", "nord-coréens", "vingt-trois", "aujourd’hui"], Tokens("soldats nord-coréens vingt-trois aujourd’hui"));

    [Fact]
    public void Tokenize_TypographicQuotes_ArePunctuation() =>
        Assert.Equal(["«", "Oui", "»", "“", "non", "”"], Tokens("« Oui » “non”"));
}

using NewsBot.Feeds.Text;

namespace NewsBot.Feeds.Tests.Text;

public sealed class TitleChooserTests
{
    [Fact]
    public void Choose_HeadlineFirst_HeadlineLeavesTheBody()
    {
        var titled = TitleChooser.Choose(["Un titre court", "Le texte de l’article."]);

        Assert.Equal("Un titre court", titled.Title);
        Assert.Equal(["Le texte de l’article."], titled.Body);
    }

    [Fact]
    public void Choose_CreditFirst_NeverTheTitle()
    {
        var titled = TitleChooser.Choose(["Crédit : Reuters", "Un titre court", "Le texte."]);

        Assert.Equal("Un titre court", titled.Title);
        Assert.Equal(["Crédit : Reuters", "Le texte."], titled.Body);
    }

    [Fact]
    public void Choose_ParagraphFirst_FirstSentenceIsTheTitleAndTheBodyKeepsIt()
    {
        var titled = TitleChooser.Choose(["M. Dupont est arrivé à Paris. Il y restera deux jours.", "Suite."]);

        Assert.Equal("M. Dupont est arrivé à Paris", titled.Title);
        Assert.Equal(["M. Dupont est arrivé à Paris. Il y restera deux jours.", "Suite."], titled.Body);
    }

    [Fact]
    public void FromSentence_LongSentence_ShortenedAtAWordBoundary()
    {
        var sentence = string.Join(' ', Enumerable.Repeat("mot", 60)) + ".";

        var title = TitleChooser.FromSentence(sentence);

        Assert.True(title.Length <= TitleChooser.MaxDerivedTitleLength);
        Assert.EndsWith("mot…", title, StringComparison.Ordinal);
    }

    [Fact]
    public void WithoutLeadingTitle_BodyRepeatsTheTitle_RepeatDropped()
    {
        var body = TitleChooser.WithoutLeadingTitle(["UN TITRE", "Texte."], "Un titre");

        Assert.Equal(["Texte."], body);
    }
}

using NewsBot.Feeds.Text;

namespace NewsBot.Feeds.Tests.Text;

public sealed class BoilerplateFilterTests
{
    private const string Paragraph = "Le gouvernement a annoncé mardi un plan de soutien de 2 milliards d’euros pour les agriculteurs touchés par la sécheresse.";
    private const string Another = "Les syndicats agricoles ont salué une « première étape » mais réclament davantage de moyens pour les petites exploitations.";

    [Theory]
    [InlineData("Skip to main content")]
    [InlineData("Aller au contenu")]
    [InlineData("Partager sur Facebook")]
    [InlineData("Facebook Twitter LinkedIn Email")]
    [InlineData("Share this article")]
    [InlineData("photo_2024-10-25.webp")]
    [InlineData("https://cdn.example.com/img/a/b.JPG?w=800")]
    [InlineData("Lire aussi : Sécheresse, les nappes au plus bas")]
    [InlineData("À lire aussi - Les prix du blé s’envolent")]
    [InlineData("Read more: Farmers protest in Brussels")]
    [InlineData("WATCH | Farmers block the highway")]
    [InlineData("•")]
    public void Filter_ChromeLineBetweenParagraphs_Removed(string chrome)
    {
        var result = BoilerplateFilter.Filter([Paragraph, chrome, Another]);

        Assert.Equal([Paragraph, Another], result);
    }

    [Theory]
    [InlineData("Related stories")]
    [InlineData("Vous aimerez aussi")]
    [InlineData("SUR LE MÊME SUJET")]
    public void Filter_RelatedHeadingFollowedByStoryList_HeadingAndListRemovedUntilTextResumes(string heading)
    {
        var result = BoilerplateFilter.Filter([Paragraph, heading, "Sécheresse : les nappes au plus bas", "12 mars 2025", "Le blé s’envole à la Bourse de Chicago…", Another]);

        Assert.Equal([Paragraph, Another], result);
    }

    [Fact]
    public void Filter_BreadcrumbBeforeHeadline_Removed()
    {
        var result = BoilerplateFilter.Filter(["Accueil > Économie > Agriculture", "ÉconomieAgriculture", "Un plan pour les agriculteurs", Paragraph]);

        Assert.Equal(["Un plan pour les agriculteurs", Paragraph], result);
    }

    [Fact]
    public void Filter_OneWordLineInTheBody_KeptUnlessOrphaned()
    {
        var result = BoilerplateFilter.Filter(["Un plan pour les agriculteurs", Paragraph, "Contexte", Another]);

        Assert.Equal(["Un plan pour les agriculteurs", Paragraph, "Contexte", Another], result);
    }

    [Fact]
    public void Filter_TeaserBeforeSectionHeading_TeaserRemovedHeadingKept()
    {
        var result = BoilerplateFilter.Filter(["Un plan pour les agriculteurs", Paragraph, "Un éleveur condamné pour avoir nourri ses vaches au pain", "Les syndicats divisés", Another]);

        Assert.Equal(["Un plan pour les agriculteurs", Paragraph, "Les syndicats divisés", Another], result);
    }

    [Fact]
    public void Filter_HeadingAtTheEnd_Removed()
    {
        var result = BoilerplateFilter.Filter(["Un plan pour les agriculteurs", Paragraph, "La colère monte dans les campagnes"]);

        Assert.Equal(["Un plan pour les agriculteurs", Paragraph], result);
    }

    [Fact]
    public void Filter_HeadlinePrintedTwice_KeptOnce()
    {
        var result = BoilerplateFilter.Filter(["Un plan pour les agriculteurs", "Un plan pour les agriculteurs", Paragraph]);

        Assert.Equal(["Un plan pour les agriculteurs", Paragraph], result);
    }

    [Fact]
    public void Filter_CreditAttributionAndListItems_Kept()
    {
        string[] lines = ["Un plan pour les agriculteurs", Paragraph, "Crédit : AFP", "– Jean Martin, président de la FNSEA", "• Premier point", "• Second point", Another];

        Assert.Equal(lines, BoilerplateFilter.Filter(lines));
    }

    [Fact]
    public void Filter_SiteSignOffAtTheEnd_Removed()
    {
        var result = BoilerplateFilter.Filter([Paragraph, Another, "Journaliste passionnée. Pour nous proposer un sujet, contactez-nous.", "© 2025 Exemple. Tous droits réservés."]);

        Assert.Equal([Paragraph, Another], result);
    }

    [Fact]
    public void Filter_OneWordSentenceFirst_KeptAsText()
    {
        var result = BoilerplateFilter.Filter(["Rubrique", "Alerte.", Paragraph]);

        Assert.Equal(["Alerte.", Paragraph], result);
    }
}

using NewsBot.Feeds.Html;

namespace NewsBot.Feeds.Tests.Html;

public sealed class HtmlToTextTests
{
    [Fact]
    public void PageToParagraphs_PageWithArticle_KeepsOnlyTheArticle()
    {
        const string html = """
            <html><body>
              <nav><a href="/">Accueil</a></nav>
              <article class="teaser"><p>Carte d’un autre article.</p></article>
              <article>
                <h1>Le titre</h1>
                <div class="social-share"><a>Facebook</a><a>X</a></div>
                <p>Premier paragraphe, assez long pour compter comme le corps de l’article lui-même.</p>
                <form><input name="email"><button>S’abonner</button></form>
                <p>Second paragraphe.</p>
              </article>
              <aside>Les plus lus</aside>
            </body></html>
            """;

        var paragraphs = HtmlToText.PageToParagraphs(html);

        Assert.Equal(["Le titre", "Premier paragraphe, assez long pour compter comme le corps de l’article lui-même.", "Second paragraphe."], paragraphs);
    }

    [Fact]
    public void PageToParagraphs_NoArticleElement_DensestBlockWins()
    {
        const string html = """
            <html><body>
              <div id="menu"><p>Menu</p></div>
              <div id="content"><p>Un long paragraphe de texte qui raconte l’histoire.</p><p>Un autre paragraphe de l’histoire.</p></div>
              <div id="foot"><p>Mentions</p></div>
            </body></html>
            """;

        var paragraphs = HtmlToText.PageToParagraphs(html);

        Assert.Equal(["Un long paragraphe de texte qui raconte l’histoire.", "Un autre paragraphe de l’histoire."], paragraphs);
    }

    [Fact]
    public void FragmentToParagraphs_BlocksAndBreaks_BecomeParagraphs()
    {
        var paragraphs = HtmlToText.FragmentToParagraphs("<div>Un<br>Deux</div><h2>Titre</h2><ul><li>Item <b>gras</b></li></ul><p>Fin</p>");

        Assert.Equal(["Un", "Deux", "Titre", "• Item gras", "Fin"], paragraphs);
    }

    [Fact]
    public void FragmentToParagraphs_Entities_DecodedAndNoBreakSpacesKept()
    {
        var paragraphs = HtmlToText.FragmentToParagraphs("<p>10&nbsp;000 &amp; 2&#8239;500 &laquo;&#160;citation&#160;&raquo; &#x2019;</p>");

        Assert.Equal(["10\u00A0000 & 2\u202F500 «\u00A0citation\u00A0» ’"], paragraphs);
    }

    [Fact]
    public void FragmentToParagraphs_InlineWhitespaceAndNewlines_Collapsed()
    {
        var paragraphs = HtmlToText.FragmentToParagraphs("<p>  Un\n   texte\t sur <em>plusieurs</em>\n lignes. </p>");

        Assert.Equal(["Un texte sur plusieurs lignes."], paragraphs);
    }

    [Fact]
    public void FragmentToParagraphs_CreditOnlyCaption_DroppedButDescriptiveCaptionKept()
    {
        const string html = """
            <p>Texte.</p>
            <figure><img src="a.jpg"><figcaption>© AFP</figcaption></figure>
            <figure><img src="b.jpg"><figcaption>Des soldats à Koursk. <span class="credit">Photo : Reuters</span></figcaption></figure>
            """;

        var paragraphs = HtmlToText.FragmentToParagraphs(html);

        Assert.Equal(["Texte.", "Des soldats à Koursk."], paragraphs);
    }

    [Fact]
    public void FragmentToParagraphs_ScriptsStylesAndHiddenElements_Dropped()
    {
        var paragraphs = HtmlToText.FragmentToParagraphs("<style>p{}</style><p>Visible.</p><p hidden>Caché.</p><div aria-hidden=\"true\">Icône</div><script>alert(1)</script><noscript>Activez JS</noscript>");

        Assert.Equal(["Visible."], paragraphs);
    }

    [Fact]
    public void FragmentToParagraphs_ContentBlockWithNoisyClass_KeptBecauseItHoldsTheText()
    {
        var body = string.Concat(Enumerable.Repeat("<p>" + new string('a', 40) + " " + new string('b', 45) + ".</p>", 3));

        var paragraphs = HtmlToText.FragmentToParagraphs($"<div class=\"article-body has-share-bar\">{body}</div>");

        Assert.Equal(3, paragraphs.Count);
    }
}

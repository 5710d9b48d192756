using NewsBot.Feeds.Text;

namespace NewsBot.Feeds.Tests.Text;

public sealed class MarkdownToTextTests
{
    [Fact]
    public void ToParagraphs_MarkdownArticle_MarkupRemovedAndWrappedLinesJoined()
    {
        const string markdown = """
            # Un titre *important*

            Un paragraphe écrit sur
            Deux lignes, avec un [lien](https://example.org) et du `code`.

            ![une image](photo.jpg)

            - premier point
            - second **point**

            > Une citation.
            """;

        var paragraphs = MarkdownToText.ToParagraphs(markdown);

        Assert.Equal(
            ["Un titre important", "Un paragraphe écrit sur Deux lignes, avec un lien et du code.", "• premier point", "• second point", "Une citation."],
            paragraphs);
    }

    [Fact]
    public void ToParagraphs_FrontMatter_TitleAndDateMarkerFirst()
    {
        var paragraphs = MarkdownToText.ToParagraphs("---\ntitle: \"Le titre\"\ndate: 2024-10-25T08:00:00Z\ntags: [a]\n---\nLe texte.");

        Assert.Equal(["date 2024-10-25", "Le titre", "Le texte."], paragraphs);
    }
}

using NewsBot.Core.Alerts;
using NewsBot.Core.Figures;
using NewsBot.Telegram.Rendering;
using NewsBot.Testing.Telegram;

namespace NewsBot.Telegram.Tests.Rendering;

public sealed class AlertHtmlTests
{
    private static Alert Sample(string? title = null, int figures = 2, string? summary = null) => new()
    {
        Topic = "corée du nord",
        Title = title ?? "Des soldats <nord-coréens> & \"russes\" en Ukraine",
        Link = new Uri("https://example.org/a?x=1&y=\"2\""),
        Summary = summary ?? "Jusqu’à 12 000 soldats seraient déployés. Séoul s’inquiète <beaucoup>.",
        Figures = Enumerable.Range(1, figures).Select(i => new AlertFigure
        {
            Text = $"jusqu’à {i} 000 soldats <nord-coréens>",
            What = "soldats",
            Qualifier = FigureQualifier.AtMost,
            Sources = ["services de renseignement sud-coréens"],
        }).ToList(),
        Sources = ["Reuters", "AFP & Co"],
        FeedName = "seeds",
        Published = "2024-10",
        ArticleCount = 3,
    };

    [Fact]
    public void Render_ArticleTextWithMarkupCharacters_IsEscapedValidTelegramHtml()
    {
        var html = AlertHtml.Render(Sample());

        var (visible, error) = TelegramHtmlCheck.Parse(html);

        Assert.Null(error);
        Assert.Contains("Des soldats <nord-coréens> & \"russes\" en Ukraine", visible, StringComparison.Ordinal);
        Assert.Contains("jusqu’à 1 000 soldats <nord-coréens> — services de renseignement sud-coréens", visible, StringComparison.Ordinal);
        Assert.Contains("Sources: Reuters, AFP & Co", visible, StringComparison.Ordinal);
        Assert.Contains("<a href=\"https://example.org/a?x=1&amp;y=%222%22\">", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_Footer_NamesTheFeedDateAndArticleCount_LeavingOutWhatIsUnknown()
    {
        var full = TelegramHtmlCheck.Parse(AlertHtml.Render(Sample())).Visible;
        var bare = TelegramHtmlCheck.Parse(AlertHtml.Render(Sample() with { Published = null, ArticleCount = 1 })).Visible;

        Assert.EndsWith("\nFrom seeds · 2024-10 · 3 articles", full, StringComparison.Ordinal);
        Assert.EndsWith("\nFrom seeds", bare, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_HundredsOfFigures_FitsIn4096KeepingTheFirstFigures()
    {
        var html = AlertHtml.Render(Sample(figures: 200));
        var (visible, error) = TelegramHtmlCheck.Parse(html);

        Assert.Null(error);
        Assert.InRange(html.Length, 1, TelegramHtml.MaxMessageLength);
        Assert.Contains("Des soldats <nord-coréens>", visible, StringComparison.Ordinal);
        Assert.Contains("jusqu’à 1 000 soldats", visible, StringComparison.Ordinal);
        Assert.DoesNotContain("jusqu’à 200 000 soldats", visible, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_HugeSummary_FitsIn4096CutAtASentence()
    {
        var longSummary = string.Join(' ', Enumerable.Range(1, 400).Select(i => $"Phrase numéro {i} avec <du> texte."));

        var html = AlertHtml.Render(Sample(summary: longSummary));
        var (visible, error) = TelegramHtmlCheck.Parse(html);

        Assert.Null(error);
        Assert.InRange(html.Length, 1, TelegramHtml.MaxMessageLength);
        Assert.Contains("Phrase numéro 1 avec <du> texte.", visible, StringComparison.Ordinal);
        Assert.DoesNotContain("Phrase numéro 400 ", visible, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_TitleWithoutSpacesBeyondTheLimit_IsCutToFit()
    {
        var html = AlertHtml.Render(Sample(title: new string('x', 6000), figures: 0, summary: string.Empty));

        Assert.Null(TelegramHtmlCheck.Parse(html).Error);
        Assert.InRange(html.Length, 1, TelegramHtml.MaxMessageLength);

        // Cut by what overflows, not to a stub: the alert keeps nearly all the room.
        Assert.Contains(new string('x', 3800) + "…", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_LinkWithAnotherScheme_IsPlainText()
    {
        var html = AlertHtml.Render(Sample() with { Link = new Uri("javascript:alert(1)") });

        Assert.DoesNotContain("<a ", html, StringComparison.Ordinal);
        Assert.Null(TelegramHtmlCheck.Parse(html).Error);
    }

    [Fact]
    public void RenderFollowUp_IsValidHtmlNamingTheNewArticleAndFigures()
    {
        var update = new AlertUpdate
        {
            Updated = Sample(),
            OriginalMessageId = "5",
            MayEdit = false,
            ArticleTitle = "Kiev confirme <la présence>",
            ArticleLink = new Uri("https://example.org/b"),
            NewSources = ["Kyiv Independent"],
            NewFigures = [new AlertFigure { Text = "11 000 soldats", What = "soldats", Qualifier = FigureQualifier.Exact }],
        };

        var (visible, error) = TelegramHtmlCheck.Parse(AlertHtml.RenderFollowUp(update));

        Assert.Null(error);
        Assert.Contains("+ Kiev confirme <la présence>", visible, StringComparison.Ordinal);
        Assert.Contains("New source: Kyiv Independent", visible, StringComparison.Ordinal);
        Assert.Contains("• 11 000 soldats", visible, StringComparison.Ordinal);
    }
}

using NewsBot.Core.Articles;
using NewsBot.Core.Feeds;
using NewsBot.Feeds.Tests.Support;

namespace NewsBot.Feeds.Tests.Folder;

public sealed class FolderFeedReaderTests
{
    [Fact]
    public async Task ReadAsync_MissingFolder_ThrowsNotFound()
    {
        await using var services = FeedsServices.Build();
        var feed = FeedsServices.FolderFeed(Path.Combine(Path.GetTempPath(), "newsbot-no-such-folder-" + Guid.NewGuid().ToString("N")));

        var error = await Assert.ThrowsAsync<FeedReadException>(() => services.Reader().ReadAsync(feed, ConditionalRequest.None, CancellationToken.None));

        Assert.Equal(FeedReadFailure.NotFound, error.Failure);
    }

    [Fact]
    public async Task ReadAsync_MixedFiles_ReadsTxtHtmlAndMdInNameOrderAndIgnoresOthers()
    {
        using var folder = new TempFolder();
        folder.Write("b.html", "<html><body><article><h1>Titre HTML</h1><p>Texte HTML.</p></article></body></html>");
        folder.Write("a.txt", "Titre texte\n\nTexte brut.");
        folder.Write("c.md", "# Titre Markdown\n\nTexte *Markdown*.");
        folder.Write("d.json", "{}");
        folder.Write("notes.docx", "x");

        var items = await ReadAsync(folder.Path);

        Assert.Equal(["a.txt", "b.html", "c.md"], items.Select(item => item.ExternalId));
        Assert.Equal(["Titre texte", "Titre HTML", "Titre Markdown"], items.Select(item => item.Title));
        Assert.Equal(["Texte brut.", "Texte HTML.", "Texte Markdown."], items.Select(item => item.Text));
    }

    [Theory]
    [InlineData("date 2024-10-25\nUn titre\n\nLe texte.", "2024-10-25", DatePrecision.Day)]
    [InlineData("Date: 2024-10\n\nUn titre\n\nLe texte.", "2024-10", DatePrecision.Month)]
    [InlineData("  date 2024-10 Un titre\n\nLe texte.", "2024-10", DatePrecision.Month)]
    public async Task ReadAsync_LeadingDateMarker_IsThePublicationDate(string content, string expected, DatePrecision precision)
    {
        using var folder = new TempFolder();
        folder.Write("article.txt", content);

        var item = Assert.Single(await ReadAsync(folder.Path));

        Assert.Equal(expected, item.Published!.ToString());
        Assert.Equal(precision, item.Published.Precision);
        Assert.Equal("Un titre", item.Title);
        Assert.Equal("Le texte.", item.Text);
    }

    [Fact]
    public async Task ReadAsync_DateMarkerNotAtTheStart_IsText()
    {
        using var folder = new TempFolder();
        folder.Write("article.txt", "Un titre\n\nLa réunion, date 2024-10, a eu lieu.");

        var item = Assert.Single(await ReadAsync(folder.Path));

        Assert.Null(item.Published);
        Assert.Equal("La réunion, date 2024-10, a eu lieu.", item.Text);
    }

    [Fact]
    public async Task ReadAsync_FileOverTheSizeCap_SkippedWithALogLine()
    {
        using var folder = new TempFolder();
        folder.Write("big.txt", "Gros titre\n\n" + new string('x', 3_000));
        folder.Write("small.txt", "Petit titre\n\nCourt.");
        var logs = new RecordingLoggerProvider();
        await using var services = FeedsServices.Build(new Dictionary<string, string?> { ["FeedFetching:MaxResponseBytes"] = "2048" }, logs);

        var result = await services.Reader().ReadAsync(FeedsServices.FolderFeed(folder.Path), ConditionalRequest.None, CancellationToken.None);

        Assert.Equal("small.txt", Assert.Single(result.Items).ExternalId);
        var line = Assert.Single(logs.Entries, entry => entry.EventId.Id == 2001);
        Assert.Contains("big.txt", line.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadAsync_UnchangedFolder_NotModifiedWithTheFolderVersion()
    {
        using var folder = new TempFolder();
        folder.Write("a.txt", "Un titre\n\nUn texte.");
        await using var services = FeedsServices.Build();
        var feed = FeedsServices.FolderFeed(folder.Path);

        var first = await services.Reader().ReadAsync(feed, ConditionalRequest.None, CancellationToken.None);
        var second = await services.Reader().ReadAsync(feed, new ConditionalRequest(first.ETag, null), CancellationToken.None);
        folder.Write("b.txt", "Autre titre\n\nAutre texte.");
        var third = await services.Reader().ReadAsync(feed, new ConditionalRequest(first.ETag, null), CancellationToken.None);

        Assert.NotNull(first.ETag);
        Assert.False(second.Modified);
        Assert.True(third.Modified);
        Assert.Equal(2, third.Items.Count);
        Assert.NotEqual(first.ETag, third.ETag);
    }

    [Fact]
    public async Task ReadAsync_FileWithOnlyBoilerplate_SkippedNotFailed()
    {
        using var folder = new TempFolder();
        folder.Write("a.txt", "Accéder au contenu principal\n\nPin It\n\nimage.jpg");
        folder.Write("b.txt", "Un vrai titre\n\nUn vrai texte.");

        var items = await ReadAsync(folder.Path);

        Assert.Equal("b.txt", Assert.Single(items).ExternalId);
    }

    [Fact]
    public async Task ReadAsync_HtmlPage_ArticleWithoutPageChrome()
    {
        using var folder = new TempFolder();
        folder.Write("page.html", """
            <!DOCTYPE html>
            <html><head><title>Site</title><script>var x = 1;</script></head>
            <body>
              <header><a href="/">Logo</a><nav><a href="/monde">Monde</a></nav></header>
              <div class="breadcrumb">Accueil &gt; Monde</div>
              <h1>Séoul accuse Pyongyang</h1>
              <article>
                <p>Séoul affirme que 1&nbsp;500 soldats sont arrivés.</p>
                <aside><h2>Lire aussi</h2><ul><li><a href="/x">Autre histoire</a></li></ul></aside>
                <p>Le Kremlin dément.</p>
              </article>
              <footer>© Site 2024</footer>
            </body></html>
            """);

        var item = Assert.Single(await ReadAsync(folder.Path));

        Assert.Equal("Séoul accuse Pyongyang", item.Title);
        Assert.Equal("Séoul affirme que 1\u00A0500 soldats sont arrivés.\n\nLe Kremlin dément.", item.Text);
    }

    private static async Task<IReadOnlyList<RawItem>> ReadAsync(string folder)
    {
        await using var services = FeedsServices.Build();
        var result = await services.Reader().ReadAsync(FeedsServices.FolderFeed(folder), ConditionalRequest.None, CancellationToken.None);
        return result.Items;
    }
}

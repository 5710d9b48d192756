using NewsBot.Core.Articles;
using NewsBot.Core.Feeds;
using NewsBot.Feeds.Tests.Support;

namespace NewsBot.Feeds.Tests.Folder;

/// <summary>The five captured articles in seeds/, read as the demo reads them.</summary>
public sealed class SeedArticlesTests
{
    private static readonly string[] BoilerplateLines =
    [
        "Accéder au contenu principal",
        "ActualitésInternational",
        "Pin It",
        "VOUS POUVEZ AUSSI AIMER",
        "image.jpg",
        "A voir aussi",
        "REGARDER |",
        "contactez-nous",
    ];

    /// <summary>The list of other stories at the end of 004, line by line.</summary>
    private static readonly string[] StoryListOf004 =
    [
        "L’OTAN face au vide américain",
        "11 janvier 2026",
        "La fin de l’insouciance européenne",
        "Vers une présence permanente de troupes américaines",
        "2 janvier 2026",
        "Le président Volodymyr Zelensky a jeté un pavé",
        "Les garanties de sécurité post-conflit",
        "28 décembre 2025",
        "se referme sur une question qui hante les diplomates",
    ];

    [Fact]
    public async Task ReadAsync_Seeds_ReadsEveryFileInNameOrder()
    {
        var items = await ReadSeedsAsync();

        Assert.Equal(
            ["000_48af743c44efe395.txt", "001_2ab80ee1ba1100bf.txt", "002_99cc84ddf44e8619.txt", "003_ac609c1b67fdfd14.txt", "004_b5ea961965dfe768.txt"],
            items.Select(item => item.ExternalId));
    }

    [Fact]
    public async Task ReadAsync_SeedsWithHeadlines_TitlesAreTheHeadlines()
    {
        var items = await ReadSeedsAsync();

        Assert.Equal("Corée du Nord : des soldats envoyés en Ukraine pour aider la Russie", items[0].Title);
        Assert.Equal("La Corée du Nord va-t-elle envoyer des militaires en Ukraine ?", items[3].Title);
        Assert.Equal("Soldats nord-coréens sur le front en Ukraine : Poutine qualifie leur engagement d’« héroïque », implications géopolitiques", items[4].Title);
    }

    [Fact]
    public async Task ReadAsync_SeedsOpeningWithAParagraph_TitleIsTheShortenedFirstSentenceAndTheBodyKeepsIt()
    {
        var items = await ReadSeedsAsync();

        foreach (var (item, opening) in new[] { (items[1], "Jusqu’à présent, les Nord-Coréens en Russie"), (items[2], "Le ministre des Affaires étrangères nord-coréen Choe Son Hui") })
        {
            Assert.StartsWith(opening, item.Title, StringComparison.Ordinal);
            Assert.EndsWith("…", item.Title, StringComparison.Ordinal);
            Assert.True(item.Title.Length <= 120, item.Title);
            Assert.DoesNotContain(" …", item.Title, StringComparison.Ordinal);
            Assert.StartsWith(opening, item.Text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task ReadAsync_SeedWithDateMarker_PublishedAtMonthPrecisionAndMarkerGoneFromText()
    {
        var items = await ReadSeedsAsync();

        Assert.Equal(new PublishedDate(new DateTimeOffset(2024, 10, 1, 0, 0, 0, TimeSpan.Zero), DatePrecision.Month), items[1].Published);
        Assert.Equal("2024-10", items[1].Published!.ToString());
        Assert.DoesNotContain("date 2024-10", items[1].Text, StringComparison.Ordinal);
        Assert.All(new[] { items[0], items[2], items[3], items[4] }, item => Assert.Null(item.Published));
    }

    [Fact]
    public async Task ReadAsync_Seeds_NoBoilerplateLineReachesTheText()
    {
        var items = await ReadSeedsAsync();

        foreach (var item in items)
        {
            foreach (var boilerplate in BoilerplateLines)
            {
                Assert.DoesNotContain(boilerplate, item.Text, StringComparison.OrdinalIgnoreCase);
                Assert.DoesNotContain(boilerplate, item.Title, StringComparison.OrdinalIgnoreCase);
            }
        }
    }

    [Fact]
    public async Task ReadAsync_SeedEndingWithOtherStories_NoLineOfTheStoryListRemains()
    {
        var text = (await ReadSeedsAsync())[4].Text;

        Assert.All(StoryListOf004, line => Assert.DoesNotContain(line, text, StringComparison.Ordinal));
        Assert.EndsWith("à propos de son programme nucléaire.", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadAsync_SeedWithHeadlinePrintedTwice_OneTitleAndNotRepeatedInTheBody()
    {
        var item = (await ReadSeedsAsync())[4];

        Assert.DoesNotContain("Poutine qualifie leur engagement", item.Text, StringComparison.Ordinal);
        Assert.StartsWith("Une présence nord-coréenne confirmée sur le théâtre ukrainien\n\nPour la première fois", item.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadAsync_SeedWithTeasersForOtherStories_TeasersGoSectionHeadingsStay()
    {
        var text = (await ReadSeedsAsync())[3].Text;

        Assert.DoesNotContain("Il a fait deux ans de prison", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Olena Zelenska", text, StringComparison.Ordinal);
        Assert.DoesNotContain("La tension monte en Corée", text, StringComparison.Ordinal);
        Assert.Contains("\n\n10 000 soldats ?\n\n", text, StringComparison.Ordinal);
        Assert.Contains("\n\nLa France prudente\n\n", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadAsync_SeedWithCreditLine_CreditStaysInTextButIsNeverTheTitle()
    {
        var item = (await ReadSeedsAsync())[3];

        Assert.Contains("\n\nCrédit : Reuters\n\n", item.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Crédit", item.Title, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadAsync_Seeds_ArticleTextIsKept()
    {
        var items = await ReadSeedsAsync();

        Assert.StartsWith("La Corée du Nord aurait envoyé des soldats", items[0].Text, StringComparison.Ordinal);
        Assert.Contains("\n\n– Lim Eul-chul, Institut d’études de l’Extrême-Orient de Séoul\n\n", items[0].Text, StringComparison.Ordinal);
        Assert.EndsWith("de la part des puissances occidentales.", items[0].Text, StringComparison.Ordinal);
        Assert.Contains("(KCNA via Reuters)", items[1].Text, StringComparison.Ordinal);
        Assert.Contains("\n\nRéponse ambiguë\n\n", items[1].Text, StringComparison.Ordinal);
        Assert.EndsWith("et cela renforce leur réputation. »", items[1].Text, StringComparison.Ordinal);
        Assert.Equal(8, items[2].Text.Split("\n\n").Length);
        Assert.EndsWith("concernant ces faits présumés : \"À ce stade, notre position officielle est que nous ne pouvons confirmer les informations selon lesquelles des Nord-Coréens sont activement engagés comme soldats dans l'effort de guerre russe.\"", items[3].Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadAsync_Seeds_ParagraphsSeparatedByOneBlankLine()
    {
        var items = await ReadSeedsAsync();

        Assert.All(items, item =>
        {
            Assert.DoesNotContain("\n\n\n", item.Text, StringComparison.Ordinal);
            Assert.Equal(item.Text.Trim(), item.Text);
        });
    }

    private static async Task<IReadOnlyList<RawItem>> ReadSeedsAsync()
    {
        await using var services = FeedsServices.Build();
        var result = await services.Reader().ReadAsync(FeedsServices.FolderFeed(SeedFiles.Folder), ConditionalRequest.None, CancellationToken.None);
        Assert.True(result.Modified);
        return result.Items;
    }
}

using NewsBot.Core.Analysis;
using NewsBot.Core.Articles;
using NewsBot.Core.Stories;
using NewsBot.Core.Tests.Subscriptions;

namespace NewsBot.Core.Tests.Stories;

public sealed class StoryClustererTests
{
    private static readonly ArticleAnalyzer Analyzer = new();

    /// <summary>Other subjects, in both languages, some with the seeds' common words (gouvernement, président, selon).</summary>
    private static readonly (string Title, string Text)[] Unrelated =
    [
        ("Inondations meurtrières à Valence", "Les pluies torrentielles ont fait au moins 200 morts dans la région de Valence, selon les autorités espagnoles. Le gouvernement a déclaré l'état d'urgence et envoyé 1 000 militaires pour aider les secours. Des milliers d'habitants ont perdu leur maison et les routes restent coupées. Le président de la région a reconnu des retards dans l'alerte envoyée aux téléphones."),
        ("Séisme de magnitude 7,1 au Japon", "Un tremblement de terre de magnitude 7,1 a frappé le sud du Japon jeudi, selon l'agence météorologique japonaise. Une alerte au tsunami a été levée quelques heures plus tard. Le gouvernement a demandé aux centrales nucléaires de vérifier leurs installations. Aucun mort n'a été signalé mais plusieurs bâtiments ont été endommagés à Miyazaki."),
        ("Budget 2025 : le gouvernement recourt au 49.3", "Le Premier ministre a engagé la responsabilité du gouvernement sur le projet de budget à l'Assemblée nationale. L'opposition a déposé une motion de censure. Selon les députés de gauche, le texte prévoit 40 milliards d'euros d'économies sur les dépenses publiques. Le président de la République a appelé au calme."),
        ("Tesla beats earnings expectations", "Tesla reported third-quarter revenue of $25.2 billion, according to the company, beating analysts' expectations. Shares rose 12% in after-hours trading. The electric carmaker said deliveries grew and margins improved thanks to lower battery costs. Chief executive Elon Musk told investors the company would launch cheaper models next year."),
        ("Hurricane Milton makes landfall in Florida", "Hurricane Milton made landfall near Sarasota as a category 3 storm, the National Hurricane Center said. More than two million homes lost power, according to utility officials. The governor urged residents to stay indoors as flooding spread across Tampa Bay. Rescue teams were deployed overnight."),
        ("Champions League: PSG beaten in Madrid", "Le Paris Saint-Germain s'est incliné 3-1 face au Real Madrid mardi soir en Ligue des champions. Mbappé a marqué deux buts pour les Madrilènes. L'entraîneur parisien a regretté le manque d'efficacité de son équipe en première période. Le club reste troisième de son groupe avant les deux derniers matches."),
    ];

    private static Article Article(long id, string title, string text, DateTimeOffset? at = null) =>
        Topics.Article(title, text, id) with { FetchedAt = at ?? DateTimeOffset.UnixEpoch };

    private static Story Add(StoryClusterer clusterer, Article article) => clusterer.Add(article, Analyzer.Analyze(article.Title, article.Text));

    [Fact]
    public void Add_TheFiveSeeds_FormOneStory_AndUnrelatedArticlesDoNotJoinIt()
    {
        var clusterer = new StoryClusterer();
        var articles = Topics.Seeds().ToList();
        articles.InsertRange(2, Unrelated.Select((u, i) => Article(100 + i, u.Title, u.Text)));

        foreach (var article in articles)
        {
            Add(clusterer, article);
        }

        var seedStory = Assert.Single(clusterer.Stories, s => s.Articles.Any(a => a.Id == 1));
        Assert.Equal([1L, 2L, 3L, 4L, 5L], seedStory.Articles.Select(a => a.Id).Order().ToArray());
        Assert.Equal(1 + Unrelated.Length, clusterer.Stories.Count);
    }

    [Fact]
    public void Add_SameStoryAfterTheWindow_OpensANewStory()
    {
        var clusterer = new StoryClusterer();
        var seeds = Topics.Seeds();

        var first = Add(clusterer, seeds[0]);
        var later = Add(clusterer, seeds[1] with { FetchedAt = seeds[0].FetchedAt + StoryClusterer.Window + TimeSpan.FromHours(1) });

        Assert.NotEqual(first.Id, later.Id);
    }

    [Fact]
    public void Add_FigureReportedByTwoArticles_IsOneFigureWithBothSources()
    {
        var clusterer = new StoryClusterer();
        Story story = null!;
        foreach (var seed in Topics.Seeds())
        {
            story = Add(clusterer, seed);
        }

        var twelveThousand = story.Figures.Where(f => f.Value == 12000 && f.What.Contains("soldats", StringComparison.Ordinal)).ToList();
        var figure = Assert.Single(twelveThousand);
        Assert.True(figure.ArticleIds.Count >= 2, $"reported by {string.Join(", ", figure.ArticleIds)}");
        Assert.Equal(figure.Sources.Count, figure.Sources.Distinct(StringComparer.OrdinalIgnoreCase).Count());
        Assert.Contains(story.Sources, s => s.Name == "Reuters");
        Assert.Equal(story.Sources.Count, story.Sources.Select(s => s.Name.ToUpperInvariant()).Distinct().Count());
    }
}

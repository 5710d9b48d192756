using NewsBot.Core.Analysis;
using NewsBot.Core.Articles;
using NewsBot.Core.Stories;
using NewsBot.Core.Tests.Subscriptions;
using NewsBot.Testing.Platforms;

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
        ("Russia strikes Ukraine's power grid", "Russia launched more than 100 missiles and drones at Ukraine's energy infrastructure overnight, Ukrainian officials said. Power cuts hit Kyiv, Kharkiv and Odesa as temperatures dropped. President Volodymyr Zelensky called on allies to send more air defence systems. Moscow said it had struck military targets."),
    ];

    /// <summary>An English report of the deployment the French seeds tell: what a wire service would write.</summary>
    private const string EnglishDeployment =
        "North Korean troops have been deployed to Russia's Kursk region and are preparing to join the fighting against Ukraine, " +
        "South Korea's intelligence service said. Up to 12,000 North Korean soldiers, including special forces, have been sent to Russia, " +
        "according to Seoul, with the first units already near the front line in Kursk, where Ukrainian forces have held ground since August. " +
        "Ukrainian President Volodymyr Zelensky said Pyongyang's soldiers could be in combat within days and urged allies to respond. " +
        "Moscow and Pyongyang signed a mutual defence pact in June; the Kremlin did not deny the deployment. " +
        "NATO said it had evidence of North Korean units in the Kursk region, calling the deployment a dangerous escalation of the war.";

    private static Article Article(long id, string title, string text, DateTimeOffset? at = null) =>
        Topics.Article(title, text, id) with { FetchedAt = at ?? DateTimeOffset.UnixEpoch };

    private static StoryPlacement Add(StoryClusterer clusterer, Article article) => clusterer.Add(article, Analyzer.Analyze(article.Title, article.Text));

    [Fact]
    public void Add_VectorsInAFile_PlacesEveryArticleAsWithVectorsInMemory()
    {
        var directory = Directory.CreateTempSubdirectory("newsbot-vectors-");
        try
        {
            using var inMemory = new StoryClusterer(Topics.Aliases);
            using var inFile = StoryClusterer.WithVectorsIn(directory.FullName, Topics.Aliases);
            var reports = Topics.Seeds()
                .Concat(Unrelated.Select((u, i) => Article(100 + i, u.Title, u.Text)))
                .Append(Article(200, "North Korean troops in Kursk", EnglishDeployment))
                .ToList();

            // Twice, the second time past the window: the first round's stories close and their slots and records are reused.
            for (var round = 0; round < 2; round++)
            {
                var at = DateTimeOffset.UnixEpoch + (round * 3 * StoryClusterer.Window);
                foreach (var report in reports)
                {
                    var article = report with { Id = report.Id + (round * 1_000), FetchedAt = at, Published = null };
                    Assert.Equal(Add(inMemory, article), Add(inFile, article));
                }
            }

            Assert.Equal(inMemory.OpenStories, inFile.OpenStories);
            Assert.Equal(directory.FullName, Path.GetDirectoryName(inFile.VectorFile));
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    [Fact]
    public void Dispose_VectorsInAFile_DeletesTheFile()
    {
        var directory = Directory.CreateTempSubdirectory("newsbot-vectors-");
        try
        {
            var clusterer = StoryClusterer.WithVectorsIn(directory.FullName, Topics.Aliases);
            Add(clusterer, Topics.Seeds()[0]);

            clusterer.Dispose();

            Assert.Empty(directory.GetFiles());
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    [UnixFact]
    public void WithVectorsIn_ASystemThatUnlinksOpenFiles_LeavesNoFileForAProcessThatDiesToLeaveBehind()
    {
        var directory = Directory.CreateTempSubdirectory("newsbot-vectors-");
        try
        {
            using var clusterer = StoryClusterer.WithVectorsIn(directory.FullName, Topics.Aliases);

            foreach (var seed in Topics.Seeds())
            {
                Add(clusterer, seed);
            }

            Assert.Empty(directory.GetFiles());
            Assert.Equal(1, clusterer.OpenStories);
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    [Fact]
    public void Add_TheFiveSeeds_FormOneStory_AndUnrelatedArticlesDoNotJoinIt()
    {
        var clusterer = new StoryClusterer(Topics.Aliases);
        var articles = Topics.Seeds().ToList();
        articles.InsertRange(2, Unrelated.Select((u, i) => Article(100 + i, u.Title, u.Text)));

        var stories = articles.ToDictionary(a => a.Id, a => Add(clusterer, a).Id);

        Assert.Single(stories.Where(s => s.Key <= 5).Select(s => s.Value).Distinct());
        Assert.Equal(1 + Unrelated.Length, stories.Values.Distinct().Count());
    }

    [Fact]
    public void Add_EnglishReportOfTheSeedsDeployment_JoinsTheFrenchStory()
    {
        var clusterer = new StoryClusterer(Topics.Aliases);
        var seeds = Topics.Seeds();
        var seedStory = seeds.Select(s => Add(clusterer, s).Id).Distinct().Single();
        foreach (var (title, text) in Unrelated)
        {
            Add(clusterer, Article(200 + clusterer.OpenStories, title, text));
        }

        var english = Add(clusterer, Article(300, "North Korean troops deployed to Russia's Kursk region, Seoul says", EnglishDeployment));

        Assert.Equal(seedStory, english.Id);
    }

    [Fact]
    public void Add_UnrelatedEnglishArticle_DoesNotJoinTheFrenchSeeds()
    {
        var clusterer = new StoryClusterer(Topics.Aliases);
        var seedStory = Topics.Seeds().Select(s => Add(clusterer, s).Id).Distinct().Single();

        var strikes = Add(clusterer, Article(400, Unrelated[^1].Title, Unrelated[^1].Text));

        Assert.NotEqual(seedStory, strikes.Id);
    }

    [Fact]
    public void Add_SameStoryAfterTheWindow_OpensANewStory()
    {
        var clusterer = new StoryClusterer();
        var seeds = Topics.Seeds();

        var first = Add(clusterer, seeds[0]);
        var later = Add(clusterer, seeds[1] with { FetchedAt = seeds[0].FetchedAt + StoryClusterer.Window + TimeSpan.FromHours(1) });

        Assert.NotEqual(first.Id, later.Id);
        Assert.True(later.IsNew);
    }

    [Fact]
    public void Add_StoriesPastTheWindow_LeaveMemory()
    {
        var clusterer = new StoryClusterer();
        var start = DateTimeOffset.UnixEpoch;
        for (var i = 0; i < Unrelated.Length; i++)
        {
            Add(clusterer, Article(500 + i, Unrelated[i].Title, Unrelated[i].Text, start));
        }

        var vocabulary = clusterer.VocabularySize;
        Add(clusterer, Article(600, Unrelated[0].Title, Unrelated[0].Text, start + StoryClusterer.Window + StoryClusterer.Window));

        Assert.Equal(1, clusterer.OpenStories);
        Assert.True(clusterer.VocabularySize < vocabulary / 2, $"{clusterer.VocabularySize} terms of {vocabulary} left");
    }

    [Fact]
    public void Add_MoreStoriesThanItsBound_ClosesTheStoryToldLeastRecently()
    {
        var clusterer = new StoryClusterer(Topics.Aliases, maxOpenStories: 3);
        var start = DateTimeOffset.UnixEpoch;
        StoryPlacement Tell(int subject, int hour) =>
            Add(clusterer, Article((hour * 100) + subject, Unrelated[subject].Title, Unrelated[subject].Text, start.AddHours(hour)));

        var valencia = Tell(0, hour: 0);
        Tell(1, hour: 1);
        var budget = Tell(2, hour: 2);
        Assert.Equal(valencia.Id, Tell(0, hour: 3).Id);

        // The Japanese earthquake, told at hour 1, is now the story told least recently: Valencia's grew at hour 3.
        Tell(3, hour: 4);

        Assert.Equal(3, clusterer.OpenStories);
        Assert.Equal(1, clusterer.ClosedEarly);
        Assert.Equal(TimeSpan.FromHours(3), clusterer.LastClosedEarlyQuiet);
        var quake = Tell(1, hour: 5);
        Assert.True(quake.IsNew);
        Assert.Equal(1, quake.Articles);
        // Its return closed the budget's story (hour 2); Valencia's, told at hour 3, stays open and takes its next report.
        Assert.Equal(2, clusterer.ClosedEarly);
        var third = Tell(0, hour: 6);
        Assert.Equal(valencia.Id, third.Id);
        Assert.Equal(3, third.Articles);
        var budgetAgain = Tell(2, hour: 7);
        Assert.True(budgetAgain.IsNew);
        Assert.NotEqual(budget.Id, budgetAgain.Id);
    }

    [Fact]
    public void Restore_MoreStoredStoriesThanItsBound_KeepsThoseToldMostRecently()
    {
        var restarted = new StoryClusterer(Topics.Aliases, maxOpenStories: 2);
        var start = DateTimeOffset.UnixEpoch;
        for (var i = 0; i < 4; i++)
        {
            var article = Article(700 + i, Unrelated[i].Title, Unrelated[i].Text, start.AddHours(i));
            restarted.Restore(article, Analyzer.Analyze(article.Title, article.Text), storedId: 70 + i);
        }

        Assert.Equal(2, restarted.OpenStories);
        Assert.Equal(73, Add(restarted, Article(800, Unrelated[3].Title, Unrelated[3].Text, start.AddHours(5))).StoredId);
        Assert.Null(Add(restarted, Article(801, Unrelated[0].Title, Unrelated[0].Text, start.AddHours(6))).StoredId);
    }

    [Fact]
    public void Add_ManyArticlesOfWordsNeverSeenBefore_KeepsAtMostTheCacheOfTermObjects()
    {
        // The news's long tail: each report brings names and words no other has. Stories keep their terms'
        // hashes and the counts stay in the table, so term objects are only the reader's cache.
        var clusterer = new StoryClusterer();
        var start = DateTimeOffset.UnixEpoch;
        for (var i = 0; i < 3_000; i++)
        {
            var words = string.Join(' ', Enumerable.Range(0, 30).Select(w => Word(i * 30 + w)));
            Add(clusterer, Article(1_000 + i, Word(i), $"Le rapport {words}.", start.AddSeconds(i)));
        }

        Assert.True(clusterer.VocabularySize <= TermVocabulary.MaxCached, $"{clusterer.VocabularySize} term objects for 90,000 words read");
        // Counted by 32-bit hashes seeded per process: a pair of the 90,000 shares one now and then.
        Assert.True(clusterer.TermsCounted >= 89_990, $"{clusterer.TermsCounted} terms counted");
    }

    /// <summary>A made-up word per number, never a stop word: "qbaaaz", "qbaabz", ….</summary>
    private static string Word(int n) =>
        string.Concat("qb", (char)('a' + n / 17_576 % 26), (char)('a' + n / 676 % 26), (char)('a' + n / 26 % 26), (char)('a' + n % 26), "z");

    [Fact]
    public void Restore_ReplayedAssignments_PutTheNextArticleInTheSameStoredStory()
    {
        var seeds = Topics.Seeds();
        var restarted = new StoryClusterer(Topics.Aliases);
        foreach (var seed in seeds.Take(3))
        {
            restarted.Restore(seed, Analyzer.Analyze(seed.Title, seed.Text), storedId: 42);
        }

        var next = Add(restarted, seeds[3]);

        Assert.Equal(42, next.StoredId);
        Assert.False(next.IsNew);
        Assert.Equal(4, next.Articles);
    }

    [Fact]
    public void Restore_AfterAnArticleWasAdded_IsRefused()
    {
        // After the replay, stories are no longer looked up by stored id: a late replay would open a second story.
        var seeds = Topics.Seeds();
        var clusterer = new StoryClusterer(Topics.Aliases);
        Add(clusterer, seeds[0]);

        Assert.Throws<InvalidOperationException>(() => clusterer.Restore(seeds[1], Analyzer.Analyze(seeds[1].Title, seeds[1].Text), storedId: 42));
    }

    [Fact]
    public void Attach_AStoryOpenedByAnAdd_GivesItsNextArticlesTheStoredId()
    {
        var seeds = Topics.Seeds();
        var clusterer = new StoryClusterer(Topics.Aliases);
        var first = Add(clusterer, seeds[0]);

        clusterer.Attach(first.Id, storedId: 7);
        var next = Add(clusterer, seeds[1]);

        Assert.Null(first.StoredId);
        Assert.Equal((7L, false, 2), (next.StoredId!.Value, next.IsNew, next.Articles));
    }
}

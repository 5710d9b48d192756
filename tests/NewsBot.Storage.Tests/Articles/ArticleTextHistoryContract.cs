using NewsBot.Core.Analysis;
using NewsBot.Core.Articles;

namespace NewsBot.Storage.Tests.Articles;

public abstract class ArticleTextHistoryContract : StoreContract
{
    private static readonly CancellationToken None = CancellationToken.None;
    private static readonly DateTimeOffset Old = Samples.Now;
    private static readonly DateTimeOffset Before = Old.AddDays(30);
    private static readonly DateTimeOffset Recent = Old.AddDays(40);
    private static readonly DateTimeOffset Now = Old.AddDays(60);

    private static readonly ArticleAnalysis Analysis = new()
    {
        Language = "fr",
        LanguageConfidence = 0.9,
        Summary = "Un séisme a frappé le Japon.",
        Sentences = ["Un séisme a frappé le Japon."],
        Figures = [],
        Sources = [],
    };

    private IArticleTextHistory History => Stores.ArticleTextHistory!;

    private async Task<long> StoryAsync(DateTimeOffset lastArticleAt)
    {
        var story = await Stores.Stories.CreateAsync(Old, None);
        var last = await ArticleAsync($"story-{story}-last", lastArticleAt, analysed: false, planned: false);
        await Stores.Stories.AssignAsync(last, story, lastArticleAt, None);
        return story;
    }

    private async Task<long> ArticleAsync(string key, DateTimeOffset fetchedAt, bool analysed = true, bool planned = true, long? story = null)
    {
        var id = (await Stores.Articles.TryAddAsync(Samples.Article(key) with { FetchedAt = fetchedAt }, None))!.Id;
        if (analysed)
        {
            await Stores.Analyses.SaveAsync(id, Analysis, None);
        }

        if (planned)
        {
            await Stores.Articles.MarkPlannedAsync([id], fetchedAt, None);
        }

        if (story is { } s)
        {
            await Stores.Stories.AssignAsync(id, s, fetchedAt, None);
        }

        return id;
    }

    private async Task<Article> GetAsync(long id) => (await Stores.Articles.GetAsync(id, None))!;

    [ContractFact]
    public async Task DropOldTexts_OldAnalysedArticles_LoseTheirTextAndTheRestKeepIt()
    {
        var quiet = await StoryAsync(lastArticleAt: Old);
        var told = await StoryAsync(lastArticleAt: Recent);
        var ofQuietStory = await ArticleAsync("quiet", Old, story: quiet);
        var alone = await ArticleAsync("alone", Old);
        var ofToldStory = await ArticleAsync("told", Old, story: told);
        var recent = await ArticleAsync("recent", Recent);
        var notAnalysed = await ArticleAsync("not-analysed", Old, analysed: false);
        var unplanned = await ArticleAsync("unplanned", Old, planned: false);

        var dropped = await History.DropOldTextsAsync(Before, Now, 100, None);

        // A story still told reads its old articles' analyses, not their texts.
        Assert.Equal(3, dropped);
        foreach (var id in new[] { ofQuietStory, alone, ofToldStory })
        {
            var article = await GetAsync(id);
            Assert.Equal((string.Empty, Now), (article.Text, article.TextDroppedAt));
            Assert.StartsWith("Title ", article.Title, StringComparison.Ordinal);
            Assert.NotNull(await Stores.Analyses.GetAsync(id, None));
        }

        foreach (var id in new[] { recent, notAnalysed, unplanned })
        {
            var article = await GetAsync(id);
            Assert.Equal((false, null), (string.IsNullOrEmpty(article.Text), article.TextDroppedAt));
        }
    }

    [ContractFact]
    public async Task DropOldTexts_AnItemStillInItsFeed_IsStillKnownAfterItsTextWent()
    {
        var id = await ArticleAsync("kept-in-feed", Old);
        await History.DropOldTextsAsync(Before, Now, 100, None);

        Assert.Null(await Stores.Articles.TryAddAsync(Samples.Article("kept-in-feed") with { FetchedAt = Now }, None));
        Assert.Equal(id, (await Stores.Articles.FindByLinkAsync("https://example.org/news/kept-in-feed", None))?.Id);
        Assert.Contains("guid-kept-in-feed", await Stores.Articles.FindKnownExternalIdsAsync("lemonde", ["guid-kept-in-feed"], None));
    }

    [ContractFact]
    public async Task DropOldTexts_MoreThanTheLimit_TakesAtMostTheLimitAtEachCallAndNeverTheSameTwice()
    {
        for (var i = 0; i < 5; i++)
        {
            await ArticleAsync($"a{i}", Old);
        }

        var batches = new List<int>();
        for (var call = 0; call < 4; call++)
        {
            batches.Add(await History.DropOldTextsAsync(Before, Now, 2, None));
        }

        Assert.Equal([2, 2, 1, 0], batches);
    }

    [ContractFact]
    public async Task DropOldTexts_AnArticleReadOnTheCutoffItself_KeepsItsText()
    {
        var id = await ArticleAsync("a", Before);

        Assert.Equal(0, await History.DropOldTextsAsync(Before, Now, 10, None));
        Assert.Null((await GetAsync(id)).TextDroppedAt);
    }
}

using NewsBot.Core.Analysis;
using NewsBot.Core.Articles;
using NewsBot.Core.Figures;
using NewsBot.Core.Sources;

namespace NewsBot.Storage.Tests.Analysis;

public abstract class ArticleAnalysisStoreContract : StoreContract
{
    private static readonly CancellationToken None = CancellationToken.None;

    private static readonly ArticleAnalysis Analysis = new()
    {
        Language = "fr",
        LanguageConfidence = 0.93,
        Summary = "La Corée du Nord a envoyé environ 10 000 soldats, selon le Pentagone.",
        Sentences = ["La Corée du Nord a envoyé environ 10 000 soldats, selon le Pentagone."],
        Figures =
        [
            new KeyFigure
            {
                Value = 10000, Text = "environ 10 000 soldats", What = "soldats", Qualifier = FigureQualifier.Approx,
                Sentence = "La Corée du Nord a envoyé environ 10 000 soldats, selon le Pentagone.", Source = "Pentagone",
            },
            new KeyFigure { Value = 7.3, Text = "7,3 %", What = "chômage", Unit = "%", Qualifier = FigureQualifier.Exact, Sentence = "Le chômage est à 7,3 %." },
        ],
        Sources = [new CitedSource { Name = "Pentagone", Kind = SourceKind.Official }, new CitedSource { Name = "Reuters", Kind = SourceKind.Media }],
    };

    private async Task<long> StoreArticleAsync(string hash = "h")
    {
        var article = await Stores.Articles.TryAddAsync(
            new NewArticle { FeedName = "wire", Title = "T", Text = "x", ContentHash = hash, FetchedAt = DateTimeOffset.UnixEpoch }, None);
        return article!.Id;
    }

    [ContractFact]
    public async Task Save_ThenGet_ReturnsEverythingButTheSentences()
    {
        var id = await StoreArticleAsync();

        await Stores.Analyses.SaveAsync(id, Analysis, None);
        var stored = await Stores.Analyses.GetAsync(id, None);

        Assert.NotNull(stored);
        Assert.Equal(Analysis.Language, stored.Language);
        Assert.Equal(Analysis.LanguageConfidence, stored.LanguageConfidence);
        Assert.Equal(Analysis.Summary, stored.Summary);
        Assert.Empty(stored.Sentences);
        Assert.Equal(Analysis.Figures, stored.Figures);
        Assert.Equal(Analysis.Sources, stored.Sources);
    }

    [ContractFact]
    public async Task Save_Twice_KeepsTheLatest()
    {
        var id = await StoreArticleAsync();

        await Stores.Analyses.SaveAsync(id, Analysis, None);
        await Stores.Analyses.SaveAsync(id, Analysis with { Summary = "Autre.", Figures = [] }, None);
        var stored = await Stores.Analyses.GetAsync(id, None);

        Assert.Equal("Autre.", stored!.Summary);
        Assert.Empty(stored.Figures);
    }

    [ContractFact]
    public async Task GetMany_AnalyzedAndNotAnalyzedArticles_ReturnsTheAnalysesGetReturns()
    {
        var first = await StoreArticleAsync("h1");
        var unanalyzed = await StoreArticleAsync("h2");
        var second = await StoreArticleAsync("h3");
        await Stores.Analyses.SaveAsync(first, Analysis, None);
        await Stores.Analyses.SaveAsync(second, Analysis with { Summary = "Autre." }, None);

        var many = await Stores.Analyses.GetManyAsync([first, unanalyzed, second, 12345], None);

        Assert.Equal([first, second], many.Keys.Order());
        Assert.Equal("Autre.", many[second].Summary);
        Assert.Equal(Analysis.Figures, many[first].Figures);
        Assert.Empty(many[first].Sentences);
        Assert.Empty(await Stores.Analyses.GetManyAsync([], None));
    }

    [ContractFact]
    public async Task Get_NeverAnalyzed_IsNull() => Assert.Null(await Stores.Analyses.GetAsync(await StoreArticleAsync(), None));
}

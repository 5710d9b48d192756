using System.Globalization;
using NewsBot.Core.Analysis;
using NewsBot.Core.Articles;
using NewsBot.Core.Delivery;

namespace NewsBot.Benchmarks.Memory;

/// <summary>
/// What a claimed delivery batch holds for the stories of its rows, per loaded article: each article as the store
/// reads it (its strings new, the analysis without sentences, as the stores return it) against what
/// <see cref="StoryContentLoader"/> keeps now. The figures and sources are shared with the bench's own copies
/// here, so both sides leave them out: the difference is the article's text.
/// </summary>
internal static class ClaimedStories
{
    public static string Measure(IReadOnlyList<Article> articles, IReadOnlyList<ArticleAnalysis> analyses, int count)
    {
        count = Math.Min(count, articles.Count);
        var full = Held(articles, analyses, count, trimmed: false);
        var trimmed = Held(articles, analyses, count, trimmed: true);
        return FormattableString.Invariant(
            $"component {"claimed-stories",-16} articles={count} held-before-mb={HeapProbe.Mb(full)} held-now-mb={HeapProbe.Mb(trimmed)} per-article-kb before={Kb(full, count)} now={Kb(trimmed, count)}");
    }

    private static string Kb(long bytes, int count) => (bytes / 1024.0 / count).ToString("0.00", CultureInfo.InvariantCulture);

    private static long Held(IReadOnlyList<Article> articles, IReadOnlyList<ArticleAnalysis> analyses, int count, bool trimmed)
    {
        var before = HeapProbe.Live();
        var held = new List<AnalyzedArticle>(count);
        for (var i = 0; i < count; i++)
        {
            var article = articles[i] with
            {
                FeedName = new string(articles[i].FeedName),
                Title = new string(articles[i].Title),
                Text = new string(articles[i].Text),
            };
            var analysis = analyses[i] with { Summary = new string(analyses[i].Summary), Sentences = [] };
            held.Add(trimmed ? StoryContentLoader.ForAlert(article, analysis) : new AnalyzedArticle(article, analysis));
        }

        var after = HeapProbe.Live();
        GC.KeepAlive(held);
        return after - before;
    }
}

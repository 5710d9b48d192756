using NewsBot.Core.Articles;

namespace NewsBot.Core.Tests.Stories;

/// <summary>An article of a labelled story corpus with the event it reports and its language.</summary>
internal sealed record LabelledArticle(Article Article, string Gold, string Language)
{
    public DateTimeOffset Time => Article.Published?.Value ?? Article.FetchedAt;
}

using NewsBot.Core.Articles;
using NewsBot.Core.Subscriptions.Query;

namespace NewsBot.Core.Subscriptions.Matching;

/// <summary>
/// Every subscription evaluated on every article, without candidate selection: the baseline the
/// benchmark compares <see cref="TopicIndex"/> with, and the reference the index's tests check it against.
/// </summary>
internal sealed class NaiveTopicMatcher(AliasTable aliases)
{
    private readonly TermDictionary _terms = new();
    private readonly List<(Subscription Subscription, MatchNode Root)> _topics = [];
    private readonly DocumentTerms _document = new();
    private readonly Analysis.ArticleAnalyzer _analyzer = new();

    public void Add(Subscription subscription)
    {
        var query = TopicQuery.Parse(subscription.Query, aliases);
        _topics.Add((subscription, TopicCompiler.Compile(query, _terms).Root));
    }

    public IReadOnlyList<Subscription> Match(Article article)
    {
        var text = MatchContext.Read(article);
        _document.Build(text, _terms);
        var context = new MatchContext(article, text, _document, _analyzer, null);
        return _topics.Where(t => t.Root.Evaluate(context)).Select(t => t.Subscription).ToList();
    }
}

using NewsBot.Core.Delivery;
using NewsBot.Core.Subscriptions;
using NewsBot.Core.Subscriptions.Matching;
using NewsBot.Core.Subscriptions.Query;
using NewsBot.Core.Text;

namespace NewsBot.Core.Commands.Why;

/// <summary>
/// Says, for each subscription of a channel, whether an article is posted for it and why: the matcher's own
/// explanation when it matches; when it does not, which terms are missing, which excluded it, which
/// filter failed — found by testing each term of the query alone with the same matcher.
/// </summary>
internal sealed class SubscriptionExplainer(AliasTable aliases)
{
    public IReadOnlyList<Verdict> Explain(ArticleView view, IReadOnlyList<Subscription> subscriptions)
    {
        var article = ReadModels.ToArticle(view);
        var analysis = ReadModels.ToAnalysis(view);
        var index = new TopicIndex(aliases);
        foreach (var subscription in subscriptions)
        {
            index.Upsert(subscription);
        }

        var matches = index.Explain(article, analysis).ToDictionary(m => m.Subscription.Id);
        return subscriptions.Select(s => matches.TryGetValue(s.Id, out var match) ? Matched(view, s, match) : NotMatched(view, s)).ToList();
    }

    private static Verdict Matched(ArticleView view, Subscription subscription, TopicMatch match)
    {
        var reasons = new List<string> { "Found " + string.Join("; ", match.Hits.Select(Hit)) + "." };
        var posted = true;
        if (subscription.Languages.Count > 0 && !subscription.Languages.Contains(view.Language))
        {
            posted = false;
            reasons.Add($"But the article is in {view.Language} and this subscription takes {string.Join(", ", subscription.Languages)} only.");
        }

        if (subscription.Paused)
        {
            posted = false;
            reasons.Add("But it is paused: the bot could not post here.");
        }

        return new Verdict(subscription, posted, reasons);
    }

    private Verdict NotMatched(ArticleView view, Subscription subscription)
    {
        if (!TopicQuery.TryParse(subscription.Query, aliases, out var query, out var error))
        {
            return new Verdict(subscription, false, [$"Its topic is not a valid query ({error.Message}), so it matches nothing."]);
        }

        var leaves = QueryLeaves.Of(query);
        var terms = leaves.Where(l => l.Filter is null).ToList();
        var found = FindTerms(view, terms);
        var reasons = new List<string>();
        var missing = terms.Where(t => !t.Negated && !found.ContainsKey(t.Query)).Select(t => t.Query).Distinct().ToList();
        if (missing.Count > 0)
        {
            reasons.Add("Not in the article: " + string.Join(", ", missing) + ".");
        }

        var excluded = terms.Where(t => t.Negated && found.ContainsKey(t.Query)).Select(t => found[t.Query]).ToList();
        if (excluded.Count > 0)
        {
            reasons.Add("Excluded by NOT: " + string.Join("; ", excluded.Select(Hit)) + ".");
        }

        foreach (var filter in leaves.Where(l => l.Filter is not null))
        {
            var holds = Holds(filter.Filter!, view);
            if (holds == filter.Negated)
            {
                reasons.Add((filter.Negated ? "Excluded by NOT " : "") + FilterReason(filter, view));
            }
        }

        var present = terms.Where(t => !t.Negated && found.ContainsKey(t.Query)).Select(t => found[t.Query]).ToList();
        if (reasons.Count == 0)
        {
            reasons.Add("Its words are there, but not in the combination or order the query asks for.");
        }

        if (present.Count > 0)
        {
            reasons.Add("Found " + string.Join("; ", present.Select(Hit)) + ".");
        }

        return new Verdict(subscription, false, reasons);
    }

    /// <summary>Each term tested alone: the matcher's hit for those the article has.</summary>
    private Dictionary<string, MatchHit> FindTerms(ArticleView view, List<QueryLeaf> terms)
    {
        var index = new TopicIndex(aliases);
        var distinct = terms.Select(t => t.Query).Distinct().ToList();
        for (var i = 0; i < distinct.Count; i++)
        {
            index.Upsert(new Subscription { Id = i + 1, Channel = new ChannelAddress("commands", "why"), Query = distinct[i], CreatedAt = DateTimeOffset.UnixEpoch });
        }

        return index.Explain(ReadModels.ToArticle(view), ReadModels.ToAnalysis(view))
            .Where(m => m.Hits.Count > 0)
            .ToDictionary(m => distinct[(int)m.Subscription.Id - 1], m => m.Hits[0] with { Query = distinct[(int)m.Subscription.Id - 1] });
    }

    private static bool Holds(FilterNode filter, ArticleView view) => filter.Kind switch
    {
        FilterKind.Language => view.Language == filter.Value,
        FilterKind.Feed => TextFolding.Fold(view.FeedName) == filter.Value,
        FilterKind.HasFigure => view.Figures.Count > 0,
        _ => view.Sources.Any(s => TextFolding.Fold(s.Name).Contains(filter.Value, StringComparison.Ordinal))
            || (view.Link?.Host.Replace('.', ' ').Contains(filter.Value.Replace(" ", "", StringComparison.Ordinal), StringComparison.OrdinalIgnoreCase) ?? false),
    };

    private static string FilterReason(QueryLeaf leaf, ArticleView view) => leaf.Filter!.Kind switch
    {
        FilterKind.Language => $"{leaf.Query}: the article is in {view.Language}.",
        FilterKind.Feed => $"{leaf.Query}: the article comes from the feed {view.FeedName}.",
        FilterKind.HasFigure => leaf.Negated ? $"{leaf.Query}: the article has {view.Figures.Count} key figures." : $"{leaf.Query}: the article has no key figures.",
        _ => leaf.Negated ? $"{leaf.Query}: the article cites it." : $"{leaf.Query}: the article does not cite it.",
    };

    private static string Hit(MatchHit hit) =>
        $"{hit.Query} as {ReplyFormat.Quoted(hit.Found)}" + (hit.Count > 1 ? $" ×{hit.Count}" : "");
}

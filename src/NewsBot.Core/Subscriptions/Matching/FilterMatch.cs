using NewsBot.Core.Subscriptions.Query;
using NewsBot.Core.Text;

namespace NewsBot.Core.Subscriptions.Matching;

/// <summary><c>lang:</c>, <c>source:</c>, <c>feed:</c> and <c>has:figure</c>; <paramref name="value"/> is folded.</summary>
internal sealed class FilterMatch(FilterKind kind, string value) : MatchNode
{
    public override bool Evaluate(MatchContext context) => kind switch
    {
        FilterKind.Language => context.Language == value,
        FilterKind.Feed => TextFolding.Fold(context.Article.FeedName) == value,
        FilterKind.HasFigure => context.Analysis.Figures.Count > 0,
        _ => CitingSource(context) is not null,
    };

    public override void Explain(MatchContext context, List<MatchHit> hits)
    {
        var found = kind switch
        {
            FilterKind.Language => context.Language,
            FilterKind.Feed => context.Article.FeedName,
            FilterKind.HasFigure => context.Analysis.Figures[0].Text,
            _ => CitingSource(context) ?? string.Empty,
        };
        var count = kind switch
        {
            FilterKind.HasFigure => context.Analysis.Figures.Count,
            _ => 1,
        };
        hits.Add(new MatchHit($"{Name}:{value}", found, count));
    }

    public override void Emit(List<int> code, List<MatchNode> filters)
    {
        var at = Open(code, TopicProgram.Filter);
        code.Add(filters.Count);
        filters.Add(this);
        Close(code, at);
    }

    private string Name => kind switch
    {
        FilterKind.Language => "lang",
        FilterKind.Feed => "feed",
        FilterKind.HasFigure => "has",
        _ => "source",
    };

    /// <summary>The cited source, or the link's host, that names the value as whole words.</summary>
    private string? CitingSource(MatchContext context)
    {
        foreach (var source in context.Analysis.Sources)
        {
            if (ContainsWords(TextFolding.Fold(source.Name), value))
            {
                return source.Name;
            }
        }

        var host = context.Article.Link?.Host;
        return host is not null && ContainsWords(host.ToLowerInvariant().Replace('.', ' '), value.Replace(" ", string.Empty, StringComparison.Ordinal)) ? host : null;
    }

    private static bool ContainsWords(string text, string words)
    {
        for (var at = text.IndexOf(words, StringComparison.Ordinal); at >= 0; at = text.IndexOf(words, at + 1, StringComparison.Ordinal))
        {
            var end = at + words.Length;
            if ((at == 0 || !char.IsLetterOrDigit(text[at - 1])) && (end == text.Length || !char.IsLetterOrDigit(text[end])))
            {
                return true;
            }
        }

        return false;
    }
}

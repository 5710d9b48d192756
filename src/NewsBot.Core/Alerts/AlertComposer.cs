using NewsBot.Core.Articles;
using NewsBot.Core.Subscriptions;

namespace NewsBot.Core.Alerts;

/// <summary>Builds the platform-neutral alert for an article that matched a subscription.</summary>
public sealed class AlertComposer
{
    private readonly int _maxSummaryLength;

    public AlertComposer()
        : this(400)
    {
    }

    public AlertComposer(int maxSummaryLength)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxSummaryLength, 40);
        _maxSummaryLength = maxSummaryLength;
    }

    public Alert Compose(Article article, Subscription subscription)
    {
        ArgumentNullException.ThrowIfNull(article);
        ArgumentNullException.ThrowIfNull(subscription);
        return new Alert
        {
            Topic = subscription.Query,
            Title = article.Title,
            Link = article.Link,
            Summary = LeadSentences(article.Text, 2, _maxSummaryLength),
            Source = article.Link?.Host ?? article.FeedName,
            FeedName = article.FeedName,
            Published = article.Published?.ToString(),
        };
    }

    /// <summary>The first sentences of the text, whole, within the length; at least the first one, cut at a word.</summary>
    internal static string LeadSentences(string text, int count, int maxLength)
    {
        var flat = string.Join(' ', text.Split((char[])['\n', '\r', '\t', ' '], StringSplitOptions.RemoveEmptyEntries));
        var end = 0;
        for (var found = 0; found < count && end < flat.Length;)
        {
            var next = NextSentenceEnd(flat, end);
            if (next > maxLength && found > 0)
            {
                break;
            }

            end = next;
            found++;
        }

        if (end <= maxLength)
        {
            return flat[..end].Trim();
        }

        var cut = flat.LastIndexOf(' ', maxLength - 1);
        return string.Concat(flat.AsSpan(0, cut > 0 ? cut : maxLength - 1).TrimEnd(), "…");
    }

    private static int NextSentenceEnd(string text, int from)
    {
        for (var i = from; i < text.Length - 1; i++)
        {
            if (text[i] is '.' or '!' or '?' or '…' && text[i + 1] == ' ' && i + 2 < text.Length && char.IsUpper(text[i + 2]) && !IsInitial(text, i))
            {
                return i + 1;
            }
        }

        return text.Length;
    }

    // "M. Poutine", "J. Biden": a single capital before the dot is an initial or title, not a sentence end.
    private static bool IsInitial(string text, int dot) =>
        text[dot] == '.' && dot >= 1 && char.IsUpper(text[dot - 1]) && (dot == 1 || text[dot - 2] == ' ');
}

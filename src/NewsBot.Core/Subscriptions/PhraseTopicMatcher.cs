using NewsBot.Core.Articles;
using NewsBot.Core.Text;

namespace NewsBot.Core.Subscriptions;

/// <summary>
/// The first matcher: a topic matches when its words appear, in order and as whole words, in the
/// article's title or text, ignoring case, accents and punctuation. The query language with
/// operators, stemming and aliases replaces it.
/// </summary>
public sealed class PhraseTopicMatcher : ITopicMatcher
{
    public IReadOnlyList<Subscription> Match(Article article, IReadOnlyList<Subscription> subscriptions)
    {
        ArgumentNullException.ThrowIfNull(article);
        ArgumentNullException.ThrowIfNull(subscriptions);
        if (subscriptions.Count == 0)
        {
            return [];
        }

        var haystack = " " + WordsOnly(article.Title + "\n" + article.Text) + " ";
        var matched = new List<Subscription>();
        foreach (var subscription in subscriptions)
        {
            var needle = WordsOnly(subscription.Query);
            if (needle.Length > 0 && haystack.Contains(" " + needle + " ", StringComparison.Ordinal))
            {
                matched.Add(subscription);
            }
        }

        return matched;
    }

    private static string WordsOnly(string text)
    {
        var folded = TextFolding.Fold(text);
        var chars = new char[folded.Length];
        var length = 0;
        var space = true;
        foreach (var c in folded)
        {
            if (char.IsLetterOrDigit(c))
            {
                chars[length++] = c;
                space = false;
            }
            else if (!space)
            {
                chars[length++] = ' ';
                space = true;
            }
        }

        return new string(chars, 0, length).Trim();
    }
}

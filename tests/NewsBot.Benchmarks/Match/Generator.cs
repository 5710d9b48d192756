using System.Text;
using NewsBot.Core.Articles;
using NewsBot.Core.Delivery;
using NewsBot.Core.Subscriptions;

namespace NewsBot.Benchmarks.Match;

/// <summary>
/// Subscriptions of 2–6 terms and ~5 KB articles in French or English. A subscription follows one
/// topic (popular topics have more followers) through at least one specific name of it (a town, a
/// person, a company), with common words of the topic, phrases, proximity, OR, NOT, prefixes, a
/// language filter now and then, and alias names (the topics' words include many of the table's).
/// An article is about one topic (popular topics more often), names a dozen of its people and places,
/// touches a second topic, and is otherwise prose.
/// </summary>
internal sealed class Generator(Vocabulary vocabulary, Random random)
{
    private const int ArticleChars = 5 * 1024;

    public Subscription Subscription(long id)
    {
        var topicIndex = Zipf.Index(random, vocabulary.Topics.Count);
        var topic = vocabulary.Topics[topicIndex];
        var names = vocabulary.Names[topicIndex];
        var terms = random.Next(2, 7);
        var parts = new List<string> { names[random.Next(names.Length)] };
        for (var used = 1; used < terms;)
        {
            var word = random.Next(3) == 0 ? names[random.Next(names.Length)] : topic[Zipf.Index(random, topic.Length)];
            var roll = random.Next(100);
            string part;
            if (roll < 12 && used + 2 <= terms)
            {
                part = $"({Quote(word)} OR {Quote(topic[random.Next(topic.Length)])})";
                used += 2;
            }
            else if (roll < 20)
            {
                // NOT picks a word of another topic, as people exclude a neighbouring story.
                var other = vocabulary.Topics[random.Next(vocabulary.Topics.Count)];
                part = "-" + Quote(other[random.Next(other.Length)]);
                used++;
            }
            else if (roll < 25 && word.Length >= 6 && word.All(char.IsLetter))
            {
                part = word[..(word.Length - 2)] + "*";
                used++;
            }
            else if (roll < 30)
            {
                part = $"\"{word} {topic[random.Next(topic.Length)]}\"~5";
                used += 2;
            }
            else
            {
                part = Quote(word);
                used += Math.Max(1, word.Count(c => c == ' ') + 1);
            }

            parts.Add(part);
        }

        if (random.Next(20) == 0)
        {
            parts.Add(random.Next(2) == 0 ? "lang:fr" : "lang:en");
        }

        return new Subscription
        {
            Id = id,
            Channel = new ChannelAddress("bench", "c" + (id % 5000).ToString(System.Globalization.CultureInfo.InvariantCulture)),
            Query = string.Join(' ', parts),
            CreatedAt = DateTimeOffset.UnixEpoch,
        };
    }

    public Article Article(long id)
    {
        var english = random.Next(3) == 0;
        var prose = english ? vocabulary.English : vocabulary.French;
        var topicIndex = Zipf.Index(random, vocabulary.Topics.Count);
        var main = vocabulary.Topics[topicIndex];
        var names = Enumerable.Range(0, 12).Select(_ => vocabulary.Names[topicIndex][random.Next(vocabulary.Names[topicIndex].Length)]).ToArray();
        var second = vocabulary.Topics[random.Next(vocabulary.Topics.Count)];
        var text = new StringBuilder(ArticleChars + 200);
        var sentence = 0;
        while (text.Length < ArticleChars)
        {
            var roll = random.Next(100);
            var word = roll switch
            {
                < 8 => main[Zipf.Index(random, main.Length)],
                < 12 => names[Zipf.Index(random, names.Length)],
                < 14 => second[Zipf.Index(random, second.Length)],
                _ => prose[random.Next(prose.Count)],
            };
            text.Append(sentence == 0 ? char.ToUpperInvariant(word[0]) + word[1..] : word);
            if (++sentence > 8 + random.Next(15))
            {
                text.Append(random.Next(6) == 0 ? ".\n\n" : ". ");
                sentence = 0;
            }
            else
            {
                text.Append(' ');
            }
        }

        return new Article
        {
            Id = id,
            FeedName = english ? "wire-en" : "wire-fr",
            Title = $"{main[0]} : {names[0]} et {second[0]}",
            Text = text.ToString(),
            ContentHash = id.ToString(System.Globalization.CultureInfo.InvariantCulture),
            FetchedAt = DateTimeOffset.UnixEpoch,
        };
    }

    private static string Quote(string word) => word.Contains(' ', StringComparison.Ordinal) ? $"\"{word}\"" : word;
}

using System.Globalization;
using System.Text;
using NewsBot.Benchmarks.Match;
using NewsBot.Core.Articles;

namespace NewsBot.Benchmarks.Stories;

/// <summary>
/// Generated news at volume: each event has its own people and places (made-up names, so events do
/// not share them by accident), a couple of figures, and prose drawn from a Zipf vocabulary of 60,000
/// words, so common words are in every article and rare ones in few, as in real news. A report of an
/// event names its people and places and figures among fresh prose; two reports of one event share
/// those and little else.
/// </summary>
internal sealed class EventWriter(int seed)
{
    private const int ProseWords = 320;
    private static readonly string[] Syllables = ["ka", "ro", "mi", "ste", "lan", "dor", "vi", "sel", "ta", "bru", "no", "gal", "phi", "ter", "mon", "ze", "qua", "lis", "pe", "dra", "hu", "ben", "cor", "ya"];
    private readonly Random _random = new(seed);
    private readonly string[] _vocabulary = Words(new Random(1), 60_000, capital: false);
    private long _nextEvent;

    public NewsEvent NextEvent()
    {
        var id = _nextEvent++;
        var random = new Random(unchecked((int)(id * 7919 + 17)));
        return new NewsEvent(id, Words(random, 6, capital: true), [random.Next(100, 999_999), random.Next(1_000, 99_999)]);
    }

    public Article Report(NewsEvent news, long articleId, DateTimeOffset at)
    {
        var text = new StringBuilder(3 * 1024);
        var title = $"{news.Names[0]} {_vocabulary[Zipf.Index(_random, 2_000)]} {news.Names[1]} {_vocabulary[Zipf.Index(_random, 2_000)]}";
        for (var i = 0; i < ProseWords; i++)
        {
            if (i % 12 == 5)
            {
                text.Append(news.Names[_random.Next(news.Names.Length)]).Append(' ');
            }
            else if (i % 60 == 30)
            {
                text.Append(news.Figures[_random.Next(news.Figures.Length)].ToString(CultureInfo.InvariantCulture)).Append(' ');
            }

            text.Append(_vocabulary[Zipf.Index(_random, _vocabulary.Length)]);
            text.Append(i % 15 == 14 ? ". " : " ");
        }

        return new Article
        {
            Id = articleId,
            FeedName = "bench",
            Title = title,
            Text = text.ToString(),
            Published = PublishedDate.FromInstant(at),
            ContentHash = articleId.ToString(CultureInfo.InvariantCulture),
            FetchedAt = at,
        };
    }

    private static string[] Words(Random random, int count, bool capital)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        var builder = new StringBuilder();
        while (words.Count < count)
        {
            builder.Clear();
            var syllables = capital ? random.Next(4, 6) : random.Next(2, 5);
            for (var s = 0; s < syllables; s++)
            {
                builder.Append(Syllables[random.Next(Syllables.Length)]);
            }

            if (capital)
            {
                builder[0] = char.ToUpperInvariant(builder[0]);
            }

            words.Add(builder.ToString());
        }

        return [.. words];
    }
}

/// <summary>An event of the generated news: its names and figures.</summary>
internal sealed record NewsEvent(long Id, string[] Names, int[] Figures);

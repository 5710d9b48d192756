using System.Text;
using NewsBot.Benchmarks.Match;
using NewsBot.Core.Articles;

namespace NewsBot.Benchmarks.Delivery;

/// <summary>
/// A burst of articles grouped in stories: each story starts from one article of the match bench's
/// <see cref="Generator"/>, and each of its articles (1–7, four on average) retells 3–5 KB of that
/// article's sentences in another order with a few of another article's, under a variant of its title,
/// as several wires cover one event. The burst is shuffled, so a story's articles arrive apart.
/// </summary>
internal static class BurstArticles
{
    public static IReadOnlyList<RawItem> Create(Generator generator, Random random, int count)
    {
        var items = new List<RawItem>(count);
        for (var story = 1; items.Count < count; story++)
        {
            var source = generator.Article(story);
            var sentences = Sentences(source.Text);
            var articles = Math.Min(count - items.Count, 1 + random.Next(7));
            for (var i = 0; i < articles; i++)
            {
                var filler = Sentences(generator.Article(-story).Text);
                var text = Retell(sentences, filler, random, targetChars: 3 * 1024 + random.Next(2 * 1024));
                items.Add(new RawItem
                {
                    ExternalId = $"s{story}-a{i}",
                    Link = new Uri($"https://wire.example/{story}/{i}"),
                    Title = i == 0 ? source.Title : $"{source.Title} ({i + 1})",
                    Text = text,
                });
            }
        }

        return items.OrderBy(_ => random.Next()).ToList();
    }

    private static string[] Sentences(string text) =>
        text.Split(". ", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static string Retell(string[] sentences, string[] filler, Random random, int targetChars)
    {
        var text = new StringBuilder(targetChars + 300);
        foreach (var sentence in sentences.OrderBy(_ => random.Next()))
        {
            if (text.Length >= targetChars)
            {
                break;
            }

            var next = random.Next(8) == 0 ? filler[random.Next(filler.Length)] : sentence;
            text.Append(next.TrimEnd('.')).Append(random.Next(5) == 0 ? ".\n\n" : ". ");
        }

        return text.ToString().TrimEnd();
    }
}

using System.Text.Json;
using NewsBot.Core.Articles;
using NewsBot.Core.Text;
using NewsBot.Testing.Corpora;

namespace NewsBot.Core.Tests.Stories;

/// <summary>Reads <c>../shared/corpus/stories-dev</c>: one JSON object a line with <c>id</c>, <c>title</c>, <c>text</c>, <c>date</c>, <c>lang</c>, <c>gold</c>.</summary>
internal static class StoriesDevCorpus
{
    public static IReadOnlyList<LabelledArticle> English() => Read("en_events.jsonl", idBase: 0);

    public static IReadOnlyList<LabelledArticle> French() => Read("fr_events.jsonl", idBase: 10_000);

    private static List<LabelledArticle> Read(string file, long idBase)
    {
        var articles = new List<LabelledArticle>();
        foreach (var line in File.ReadLines(SharedData.Path("corpus", "stories-dev", file)))
        {
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            using var json = JsonDocument.Parse(line);
            var root = json.RootElement;
            var (title, text) = (root.GetProperty("title").GetString()!, root.GetProperty("text").GetString()!);
            var date = DateTimeOffset.Parse(root.GetProperty("date").GetString()!, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AssumeUniversal);
            var article = new Article
            {
                Id = idBase + articles.Count + 1,
                FeedName = root.TryGetProperty("source", out var source) ? source.GetString() ?? "dev" : "dev",
                ExternalId = root.GetProperty("id").GetString(),
                Title = title,
                Text = text,
                Published = PublishedDate.FromInstant(date),
                ContentHash = ContentFingerprint.Compute(title, text),
                FetchedAt = date,
            };
            articles.Add(new LabelledArticle(article, root.GetProperty("gold").GetString()!, root.GetProperty("lang").GetString()!));
        }

        return articles;
    }
}

using System.Globalization;
using System.Text.Json;
using NewsBot.Core.Articles;
using NewsBot.Core.Text;

namespace NewsBot.Cli;

/// <summary>
/// Reads articles written one JSON object a line (<c>id</c>, <c>title</c>, <c>text</c>, <c>date</c>,
/// optional <c>lang</c> and <c>source</c>), the format of the story corpora. A line that is not such an
/// object is reported with its number and skipped; the others are read.
/// </summary>
internal static class StoryLineReader
{
    public static async IAsyncEnumerable<StoryLine> ReadAsync(string path, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        using var reader = new StreamReader(path);
        var number = 0;
        while (await reader.ReadLineAsync(cancellationToken).ConfigureAwait(false) is { } line)
        {
            number++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            yield return Parse(line, path, number);
        }
    }

    internal static StoryLine Parse(string line, string path, int number)
    {
        try
        {
            using var json = JsonDocument.Parse(line);
            var root = json.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return StoryLine.Bad(path, number, "not a JSON object");
            }

            var id = Text(root, "id");
            var title = Text(root, "title");
            var text = Text(root, "text");
            var date = Text(root, "date");
            if (id is null || title is null || text is null || date is null)
            {
                return StoryLine.Bad(path, number, "needs the strings id, title, text and date");
            }

            if (!DateTimeOffset.TryParse(date, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at))
            {
                return StoryLine.Bad(path, number, $"date \"{date}\" is not an ISO 8601 date");
            }

            return new StoryLine(path, number, new Article
            {
                Id = number,
                FeedName = Text(root, "source") ?? Path.GetFileNameWithoutExtension(path),
                ExternalId = id,
                Title = title,
                Text = text,
                Published = PublishedDate.FromInstant(at),
                ContentHash = ContentFingerprint.Compute(title, text),
                FetchedAt = at,
            }, null);
        }
        catch (JsonException ex)
        {
            return StoryLine.Bad(path, number, $"not JSON ({ex.Message})");
        }
    }

    private static string? Text(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}

/// <summary>One line of a story corpus file: its article, or why it could not be read.</summary>
internal sealed record StoryLine(string Path, int Number, Article? Article, string? Error)
{
    public static StoryLine Bad(string path, int number, string error) => new(path, number, null, error);
}

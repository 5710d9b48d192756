using System.Text.Json;
using NewsBot.Testing;

namespace NewsBot.Tests.Cli;

public sealed class StoriesCommandTests : IDisposable
{
    private readonly TempDirectory _root = new();

    public StoriesCommandTests()
    {
        var aliases = Path.Combine(RepositoryRoot.Path, "aliases", "aliases.txt").Replace("\\", "\\\\", StringComparison.Ordinal);
        File.WriteAllText(_root.File("appsettings.json"), $$"""{ "Storage": { "ConnectionString": "Data Source=data/test.db" }, "Feeds": [], "Topics": { "AliasesFile": "{{aliases}}" } }""");
        var lines = Directory.GetFiles(RepositoryRoot.Seeds, "*.txt").Order(StringComparer.Ordinal).Select((path, i) =>
        {
            var text = File.ReadAllText(path);
            return JsonSerializer.Serialize(new { id = $"seed{i}", title = string.Empty, text, date = "2024-10-2" + i + "T08:00:00Z", lang = "fr", source = "seeds" });
        }).ToList();
        lines.Insert(2, JsonSerializer.Serialize(new { id = "quake", title = "Séisme au Japon", text = "Un tremblement de terre de magnitude 7,1 a frappé le sud du Japon jeudi, selon l'agence météorologique japonaise. Une alerte au tsunami a été levée.", date = "2024-10-22T09:00:00Z" }));
        lines.Insert(3, "{ not json");
        lines.Insert(4, """{ "id": "x", "title": "no text" }""");
        File.WriteAllLines(_root.File("articles.jsonl"), lines);
    }

    public void Dispose() => _root.Dispose();

    [Fact]
    public async Task Stories_Json_GivesEachArticleItsStory_SeedsTogether()
    {
        var result = await new CliRunner(_root.Path).RunAsync("stories", _root.File("articles.jsonl"), "--json");

        using var json = JsonDocument.Parse(result.Output);
        var stories = json.RootElement.EnumerateArray().ToDictionary(e => e.GetProperty("id").GetString()!, e => e.GetProperty("story").GetString()!);
        Assert.Equal(6, stories.Count);
        Assert.Single(stories.Where(s => s.Key.StartsWith("seed", StringComparison.Ordinal)).Select(s => s.Value).Distinct());
        Assert.NotEqual(stories["seed0"], stories["quake"]);
    }

    [Fact]
    public async Task Stories_BadLines_AreReportedWithTheirNumberAndSkipped()
    {
        var result = await new CliRunner(_root.Path).RunAsync("stories", _root.File("articles.jsonl"));

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("articles.jsonl:4: not JSON", result.Error, StringComparison.Ordinal);
        Assert.Contains("articles.jsonl:5: needs the strings id, title, text and date", result.Error, StringComparison.Ordinal);
        Assert.Contains("seed4\t", result.Output, StringComparison.Ordinal);
        Assert.Contains("2 stories.", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Stories_Help_DescribesTheLineFormat()
    {
        var result = await new CliRunner(_root.Path).RunAsync("stories", "--help");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("one JSON object a line", result.Output, StringComparison.Ordinal);
    }
}

using System.Text.Json;
using NewsBot.Testing;

namespace NewsBot.Tests.Cli;

public sealed class MatchCommandTests : IDisposable
{
    private readonly TempDirectory _root = new();

    public MatchCommandTests()
    {
        var aliases = Path.Combine(RepositoryRoot.Path, "aliases", "aliases.txt").Replace("\\", "\\\\", StringComparison.Ordinal);
        File.WriteAllText(_root.File("appsettings.json"), $$"""{ "Storage": { "ConnectionString": "Data Source=data/test.db" }, "Feeds": [], "Topics": { "AliasesFile": "{{aliases}}" } }""");
        Directory.CreateDirectory(_root.File("other"));
        File.WriteAllText(_root.File("other/quake.txt"), "Séisme au Japon\n\nUn tremblement de terre de magnitude 7 a frappé le nord du pays.\n");
    }

    public void Dispose() => _root.Dispose();

    [Fact]
    public async Task Match_SeedsFolder_ListsEveryArticleAndWhichMatch()
    {
        var result = await new CliRunner(_root.Path).RunAsync("match", "--topic", "north korea AND (troops OR soldiers)", RepositoryRoot.Seeds, _root.File("other"));

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(5, result.Output.Split('\n').Count(l => l.StartsWith("✓ ", StringComparison.Ordinal)));
        Assert.Contains("· quake.txt", result.Output, StringComparison.Ordinal);
        Assert.Contains("5 of 6 articles match", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Match_SingleFile_ReadsOnlyThatFile()
    {
        var result = await new CliRunner(_root.Path).RunAsync("match", "--topic", "earthquake", _root.File("other/quake.txt"));

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("✓ quake.txt  Séisme au Japon", result.Output, StringComparison.Ordinal);
        Assert.Contains("1 of 1 articles match", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Match_JsonExplain_GivesTheHitsOfEachMatchingArticle()
    {
        var result = await new CliRunner(_root.Path).RunAsync("match", "--topic", "Koursk soldiers", RepositoryRoot.Seeds, "--json", "--explain");

        using var json = JsonDocument.Parse(result.Output);
        var articles = json.RootElement.EnumerateArray().ToList();
        Assert.Equal(5, articles.Count);
        var second = articles.Single(a => a.GetProperty("file").GetString() == "001_2ab80ee1ba1100bf.txt");
        Assert.True(second.GetProperty("matched").GetBoolean());
        var hits = second.GetProperty("hits").EnumerateArray().ToList();
        Assert.Equal("Koursk", hits[0].GetProperty("query").GetString());
        Assert.Equal("soldats", hits[1].GetProperty("found").GetString());
        Assert.False(articles.Single(a => a.GetProperty("file").GetString() == "000_48af743c44efe395.txt").GetProperty("matched").GetBoolean());
    }

    [Fact]
    public async Task Match_BadTopic_SaysWhatAndWhereAndExits2()
    {
        var result = await new CliRunner(_root.Path).RunAsync("match", "--topic", "north korea AND (troops", RepositoryRoot.Seeds);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("newsbot: invalid topic: unbalanced parenthesis at 17", result.Error, StringComparison.Ordinal);
        Assert.Contains("\n                  ^", result.Error.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.Empty(result.Output);
    }

    [Fact]
    public async Task Match_MissingPath_SaysSo()
    {
        var result = await new CliRunner(_root.Path).RunAsync("match", "--topic", "ukraine", _root.File("missing.txt"));

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("is neither an article file nor a folder", result.Error, StringComparison.Ordinal);
    }
}

using NewsBot.Testing;

namespace NewsBot.Tests.Cli;

public sealed class IngestCommandTests : IDisposable
{
    private readonly TempDirectory _root = new();

    public IngestCommandTests()
    {
        File.WriteAllText(_root.File("appsettings.json"), """{ "Storage": { "ConnectionString": "Data Source=data/test.db" }, "Feeds": [] }""");
        Directory.CreateDirectory(_root.File("articles"));
        File.WriteAllText(_root.File("articles/a.txt"), "Inondations à Valence\n\nLes pluies ont fait 200 morts selon les autorités.\n");
    }

    public void Dispose() => _root.Dispose();

    [Fact]
    public async Task Ingest_Folder_PrintsTheNewArticlesThenNothingTheSecondTime()
    {
        var runner = new CliRunner(_root.Path);

        var first = await runner.RunAsync("ingest", _root.File("articles"));
        var second = await runner.RunAsync("ingest", _root.File("articles"));

        Assert.Equal(0, first.ExitCode);
        Assert.Contains("+ [articles] Inondations à Valence", first.Output, StringComparison.Ordinal);
        Assert.Equal(0, second.ExitCode);
        Assert.DoesNotContain("+ [", second.Output, StringComparison.Ordinal);
        Assert.True(File.Exists(_root.File("data/test.db")), "the relative database path resolves against the content root");
    }

    [Fact]
    public async Task Ingest_Json_PrintsAnArrayOfTheNewArticles()
    {
        var result = await new CliRunner(_root.Path).RunAsync("ingest", _root.File("articles"), "--json");

        using var json = System.Text.Json.JsonDocument.Parse(result.Output);
        var item = Assert.Single(json.RootElement.EnumerateArray());
        Assert.Equal("Inondations à Valence", item.GetProperty("title").GetString());
    }

    [Fact]
    public async Task Ingest_NeitherFolderNorUrl_SaysSo()
    {
        var result = await new CliRunner(_root.Path).RunAsync("ingest", _root.File("missing"));

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("neither a folder nor an http(s) address", result.Error, StringComparison.Ordinal);
    }
}

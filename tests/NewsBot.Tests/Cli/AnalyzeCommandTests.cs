using System.Text.Json;
using NewsBot.Cli;
using NewsBot.Core.Analysis;
using NewsBot.Core.Articles;
using NewsBot.Testing;

namespace NewsBot.Tests.Cli;

public sealed class AnalyzeCommandTests
{
    private static readonly string[] Qualifiers = ["exact", "approx", "at_least", "at_most"];
    private static readonly string[] SourceKinds = ["media", "official", "person", "organization"];

    private static Task<CliResult> AnalyzeAsync(params string[] args) => new CliRunner(RepositoryRoot.Path).RunAsync(["analyze", .. args]);

    [Fact]
    public async Task Analyze_SeedsAsJson_FollowsTheContract()
    {
        var result = await AnalyzeAsync(RepositoryRoot.Seeds, "--json");

        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Output);
        var articles = json.RootElement.EnumerateArray().ToList();
        Assert.Equal(5, articles.Count);
        foreach (var article in articles)
        {
            Assert.EndsWith(".txt", article.GetProperty("file").GetString(), StringComparison.Ordinal);
            Assert.False(string.IsNullOrEmpty(article.GetProperty("title").GetString()));
            Assert.Equal("fr", article.GetProperty("language").GetString());
            Assert.InRange(article.GetProperty("summary").GetString()!.Length, 1, 600);
            foreach (var figure in article.GetProperty("figures").EnumerateArray())
            {
                Assert.Equal(JsonValueKind.Number, figure.GetProperty("value").ValueKind);
                Assert.Contains(figure.GetProperty("qualifier").GetString(), Qualifiers);
                Assert.False(string.IsNullOrEmpty(figure.GetProperty("text").GetString()));
                Assert.False(string.IsNullOrEmpty(figure.GetProperty("sentence").GetString()));
                Assert.True(figure.TryGetProperty("what", out _));
                Assert.True(figure.TryGetProperty("source", out _));
            }

            foreach (var source in article.GetProperty("sources").EnumerateArray())
            {
                Assert.Contains(source.GetProperty("kind").GetString(), SourceKinds);
            }
        }

        var dated = articles.Single(a => a.GetProperty("file").GetString()!.StartsWith("001_", StringComparison.Ordinal));
        Assert.Equal("2024-10", dated.GetProperty("published").GetString());
        Assert.Equal(JsonValueKind.Null, articles[0].GetProperty("published").ValueKind);
    }

    [Fact]
    public async Task Analyze_OneFile_ReportsThatArticleOnly()
    {
        var file = Directory.GetFiles(RepositoryRoot.Seeds, "002_*.txt").Single();

        var result = await AnalyzeAsync(file);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("002_", result.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("001_", result.Output, StringComparison.Ordinal);
        Assert.Contains("10 000", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Analyze_MissingPath_SaysWhichAndFails()
    {
        var result = await AnalyzeAsync("/no/such/article.txt");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("'/no/such/article.txt' does not exist", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnalyzeEach_OneArticleThrows_NamesItAndKeepsTheOthers()
    {
        var articles = "a.txt bad.txt c.txt".Split(' ')
            .Select(f => new LocalArticle(f, new RawItem { Title = f, Text = "Some 200 homes burned." }))
            .ToList();
        using var error = new StringWriter();

        var (results, failed) = await AnalyzeCommand.AnalyzeEachAsync(
            articles,
            a => a.File == "bad.txt"
                ? throw new InvalidOperationException("boom")
                : AnalysisJson.ToJson(ArticleAnalysis.Empty, a.File, a.Item.Title, null),
            error);

        Assert.Equal(1, failed);
        Assert.Equal("a.txt c.txt", string.Join(" ", results.Select(r => r.File)));
        Assert.Contains("'bad.txt'", error.ToString(), StringComparison.Ordinal);
        Assert.Contains("boom", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Analyze_FolderWithMetadataOnlyLine_ReportsEveryFile()
    {
        var folder = Directory.CreateTempSubdirectory("newsbot-analyze-").FullName;
        try
        {
            await File.WriteAllTextAsync(Path.Combine(folder, "a.txt"), "Storm hits coast\nPublished Sept. 9, 2023\n\nMore than 3,000 people were evacuated.\n");
            await File.WriteAllTextAsync(Path.Combine(folder, "b.txt"), "Fire\n\nSome 200 homes burned.\n");

            var result = await AnalyzeAsync(folder, "--json");

            Assert.Equal(0, result.ExitCode);
            using var json = JsonDocument.Parse(result.Output);
            Assert.Equal(2, json.RootElement.GetArrayLength());
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}

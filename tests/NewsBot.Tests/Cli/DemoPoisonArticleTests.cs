using Microsoft.Extensions.DependencyInjection;
using NewsBot.Core.Analysis;
using NewsBot.Testing;
using NewsBot.Testing.Analysis;

namespace NewsBot.Tests.Cli;

public sealed class DemoPoisonArticleTests : IDisposable
{
    private const string PoisonTitle = "Typhoon damage assessed";
    private readonly TempDirectory _temp = new();

    public DemoPoisonArticleTests()
    {
        var seeds = _temp.File("seeds");
        Directory.CreateDirectory(seeds);
        foreach (var file in Directory.GetFiles(Path.Combine(RepositoryRoot.Path, "seeds")))
        {
            File.Copy(file, Path.Combine(seeds, Path.GetFileName(file)));
        }

        // The shape that crashed the analyzer (a dateline as the second line); the injected analyzer throws on
        // it whether or not the real one still does, so the test proves the isolation, not the analyzer bug.
        File.WriteAllText(
            Path.Combine(seeds, "005_poison.txt"),
            $"{PoisonTitle}\nPublished Sept. 9, 2023\n\nThe storm destroyed 1,200 homes, officials said on Saturday.\n");
    }

    public void Dispose() => _temp.Dispose();

    private static void Poison(IServiceCollection services) =>
        services.AddSingleton<IArticleAnalyzer>(new PoisonAnalyzer(title => title.Contains(PoisonTitle, StringComparison.Ordinal)));

    [Fact]
    public async Task Demo_SeedsPlusAPoisonArticle_StillPostsTheSeedsAlertAndNamesTheArticle()
    {
        var result = await new CliRunner(RepositoryRoot.Path, Poison).RunAsync(
            "demo", "--seeds", _temp.File("seeds"), "--fresh", "--database", _temp.File("demo.db"));

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(1, result.AlertCount);
        Assert.Contains("5 articles", result.Output, StringComparison.Ordinal);
        Assert.Contains("Read 6 articles: 6 new", result.Output, StringComparison.Ordinal);
        Assert.Contains("1 article failed and was set aside; every other article went on", result.Error, StringComparison.Ordinal);
        Assert.Contains($"{PoisonTitle} (tried again later): analysis: ArgumentOutOfRangeException", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Demo_SeedsPlusAPoisonArticle_TheFiguresQueryStillAnswers()
    {
        var result = await new CliRunner(RepositoryRoot.Path, Poison).RunAsync(
            "demo", "--seeds", _temp.File("seeds"), "--fresh", "--database", _temp.File("demo.db"));

        var figures = result.Output[result.Output.IndexOf("> /figures", StringComparison.Ordinal)..];
        Assert.Contains("Key figures on", figures, StringComparison.Ordinal);
        Assert.Contains("12 000", figures, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Demo_RunAgainBeforeTheRetryTime_DoesNotTryThePoisonArticleAgain()
    {
        var runner = new CliRunner(RepositoryRoot.Path, Poison);
        string[] args = ["demo", "--seeds", _temp.File("seeds"), "--database", _temp.File("demo.db")];

        var first = await runner.RunAsync([.. args, "--fresh"]);
        var second = await runner.RunAsync(args);

        Assert.Equal((1, 0), (first.AlertCount, second.AlertCount));
        Assert.Equal(0, second.ExitCode);
        Assert.Contains("failed and was set aside", first.Error, StringComparison.Ordinal);

        // Tried, it would have failed again and been named; the figures query may still read it (and skip it).
        Assert.DoesNotContain("failed and was set aside", second.Error, StringComparison.Ordinal);
    }
}

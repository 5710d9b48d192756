using NewsBot.Testing;

namespace NewsBot.Tests.Cli;

public sealed class DemoCommandTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    private Task<CliResult> DemoAsync(params string[] extra) =>
        new CliRunner(RepositoryRoot.Path).RunAsync(["demo", "--database", _temp.File("demo.db"), .. extra]);

    [Fact]
    public async Task Demo_OnTheSeeds_PrintsAlertsForTheSubscribedTopic()
    {
        var result = await DemoAsync();

        Assert.Equal(0, result.ExitCode);
        Assert.True(result.AlertCount >= 1, result.Output + result.Error);
        Assert.Contains("Corée du Nord", result.Output, StringComparison.Ordinal);
        Assert.Contains("Key figures:", result.Output, StringComparison.Ordinal);
        Assert.Contains("Sources: ", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Demo_TheFiveSeedsAreOneStory_PostedAsOneAlertWithFiguresAndSources()
    {
        var result = await DemoAsync();

        Assert.Equal(1, result.AlertCount);
        Assert.Contains("5 articles", result.Output, StringComparison.Ordinal);
        var figureLines = result.Output.Split('\n').Count(l => l.StartsWith("  • ", StringComparison.Ordinal) && l.Contains(" — ", StringComparison.Ordinal));
        Assert.True(figureLines >= 3, result.Output);
    }

    [Fact]
    public async Task Demo_SubscribesByCommandAndAnswersAFiguresQuery()
    {
        var result = await DemoAsync();

        Assert.Contains("> /subscribe Corée du Nord", result.Output, StringComparison.Ordinal);
        Assert.Contains("Subscribed to", result.Output, StringComparison.Ordinal);
        Assert.Contains("> /figures Corée du Nord", result.Output, StringComparison.Ordinal);
        Assert.Contains("Key figures on", result.Output, StringComparison.Ordinal);
        Assert.Contains("12 000", result.Output[result.Output.IndexOf("/figures", StringComparison.Ordinal)..], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Demo_RunTwiceOnTheSameDatabase_PostsNothingTheSecondTime()
    {
        var first = await DemoAsync();
        var second = await DemoAsync();

        Assert.True(first.AlertCount >= 1);
        Assert.Equal(0, second.ExitCode);
        Assert.Equal(0, second.AlertCount);
        Assert.Contains("No new alert", second.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Demo_Fresh_StartsOverAndPostsAgain()
    {
        var first = await DemoAsync();
        var again = await DemoAsync("--fresh");

        Assert.Equal(first.AlertCount, again.AlertCount);
    }

    [Fact]
    public async Task Demo_FreshWithoutAnyDatabaseYet_Succeeds()
    {
        var result = await new CliRunner(RepositoryRoot.Path).RunAsync("demo", "--fresh", "--database", _temp.File("new/folder/demo.db"));

        Assert.Equal(0, result.ExitCode);
        Assert.True(result.AlertCount >= 1, result.Error);
    }

    [Fact]
    public async Task Demo_BoilerplateLinesOfTheSeeds_NeverReachAnAlert()
    {
        var result = await DemoAsync();

        Assert.DoesNotContain("Accéder au contenu principal", result.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("VOUS POUVEZ AUSSI AIMER", result.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("Pin It", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Demo_FreshWithATopicNothingMatches_SaysNothingMatchedNotAlreadyPosted()
    {
        var first = await DemoAsync("--fresh", "--topic", "zzz");
        var second = await DemoAsync("--topic", "zzz");

        foreach (var result in (CliResult[])[first, second])
        {
            Assert.Equal(0, result.ExitCode);
            Assert.Contains("No alert: no article in the seeds folder matches \"zzz\".", result.Output, StringComparison.Ordinal);
            Assert.DoesNotContain("already posted", result.Output, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Demo_TopicNothingMatches_PostsNoAlertAndSucceeds()
    {
        var result = await DemoAsync("--topic", "tremblement de terre");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(0, result.AlertCount);
    }
}

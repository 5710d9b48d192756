using NewsBot.Testing;

namespace NewsBot.Tests.Cli;

public sealed class HelpTests
{
    [Theory]
    [InlineData("demo", "--fresh")]
    [InlineData("run", "Ctrl+C")]
    [InlineData("ingest", "PATH|URL")]
    [InlineData("failed", "--retry")]
    public async Task Help_EveryVerb_DescribesItselfAndExitsZero(string verb, string expected)
    {
        var result = await new CliRunner(RepositoryRoot.Path).RunAsync(verb, "--help");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains(expected, result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnknownVerb_IsAnErrorWithUsage()
    {
        var result = await new CliRunner(RepositoryRoot.Path).RunAsync("frobnicate");

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("frobnicate", result.Error, StringComparison.Ordinal);
    }
}

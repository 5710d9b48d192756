using Microsoft.Extensions.DependencyInjection;
using NewsBot.Cli;

namespace NewsBot.Tests.Cli;

/// <summary>Runs the real command line in-process and captures what it writes.</summary>
internal sealed class CliRunner(string contentRoot, Action<IServiceCollection>? configureServices = null)
{
    public async Task<CliResult> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var context = new CliContext(output, error) { ContentRoot = contentRoot, ConfigureServices = configureServices };
        var exitCode = await NewsBotCommandLine.InvokeAsync(args, context);
        return new CliResult(exitCode, output.ToString(), error.ToString());
    }
}

internal sealed record CliResult(int ExitCode, string Output, string Error)
{
    public int AlertCount => Output.Split('\n').Count(l => l.StartsWith("📰 ", StringComparison.Ordinal));
}

using System.Diagnostics;
using NewsBot.Testing;

namespace NewsBot.Tests.Hosting;

/// <summary>
/// The real executable, started as an operator would: the host's own console logger writes to the process's
/// standard error, which an in-process run cannot capture, so only a child process shows what the operator sees.
/// </summary>
public sealed class ConfigurationErrorProcessTests : IDisposable
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(60);

    private readonly TempDirectory _root = new();

    public void Dispose() => _root.Dispose();

    [Theory]
    [InlineData("run")]
    [InlineData("ingest")]
    public async Task Verb_WithAnOutOfRangeSetting_PrintsOneLineAndExitsWithTwo(string verb)
    {
        var result = await RunAsync("""{ "Delivery": { "MaxAttempts": 0 } }""", verb);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal(["newsbot: configuration error: Delivery:MaxAttempts must be between 1 and 100."], Lines(result.Error));
        Assert.Equal(string.Empty, result.Output);
    }

    [Fact]
    public async Task Run_WithTwoWrongSections_PrintsOneLinePerErrorAndNothingElse()
    {
        var result = await RunAsync("""{ "Delivery": { "MaxAttempts": 0 }, "Commands": { "LookbackDays": 0 } }""", "run");

        Assert.Equal(2, result.ExitCode);
        var lines = Lines(result.Error);
        Assert.Equal(2, lines.Count);
        Assert.All(lines, l => Assert.StartsWith("newsbot: configuration error: ", l, StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("Delivery:MaxAttempts", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("Commands:LookbackDays", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Run_WithANonNumericSetting_PrintsOneLineNamingTheKey()
    {
        var result = await RunAsync("""{ "Delivery": { "BatchSize": "many" } }""", "run");

        Assert.Equal(2, result.ExitCode);
        var line = Assert.Single(Lines(result.Error));
        Assert.StartsWith("newsbot: configuration error: ", line, StringComparison.Ordinal);
        Assert.Contains("Delivery:BatchSize", line, StringComparison.Ordinal);
    }

    private static List<string> Lines(string text) => text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();

    private async Task<(int ExitCode, string Output, string Error)> RunAsync(string settings, string verb)
    {
        await File.WriteAllTextAsync(_root.File("appsettings.json"), settings);
        Directory.CreateDirectory(_root.File("articles"));
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            WorkingDirectory = _root.Path,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "newsbot.dll"));
        start.ArgumentList.Add(verb);
        if (verb == "ingest")
        {
            start.ArgumentList.Add(_root.File("articles"));
        }

        // The platform tokens of the machine running the tests must not make `run` talk to anyone.
        foreach (var name in new[] { "Telegram__Token", "Discord__Token" })
        {
            start.Environment.Remove(name);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var deadline = new CancellationTokenSource(Deadline);
        try
        {
            await process.WaitForExitAsync(deadline.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"newsbot {verb} did not stop on a configuration error: {await error}");
        }

        return (process.ExitCode, await output, await error);
    }
}

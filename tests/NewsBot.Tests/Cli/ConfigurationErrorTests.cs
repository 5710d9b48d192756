using NewsBot.Testing;

namespace NewsBot.Tests.Cli;

public sealed class ConfigurationErrorTests : IDisposable
{
    private readonly TempDirectory _root = new();

    public void Dispose() => _root.Dispose();

    private async Task<CliResult> IngestWithSettingsAsync(string json)
    {
        await File.WriteAllTextAsync(_root.File("appsettings.json"), json);
        Directory.CreateDirectory(_root.File("articles"));
        return await new CliRunner(_root.Path).RunAsync("ingest", _root.File("articles"));
    }

    [Fact]
    public async Task FeedWithBothUrlAndFolder_StopsWithOneLineNamingTheKey()
    {
        var result = await IngestWithSettingsAsync("""{ "Feeds": [ { "Name": "x", "Url": "https://a.example/rss", "Folder": "f" } ] }""");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("configuration error: Feeds:0: set exactly one of Url and Folder", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnknownStorageProvider_StopsNamingTheKey()
    {
        var result = await IngestWithSettingsAsync("""{ "Storage": { "Provider": "Oracle" } }""");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("Storage:Provider", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NonNumericSetting_StopsNamingTheKey()
    {
        var result = await IngestWithSettingsAsync("""{ "Delivery": { "BatchSize": "many" } }""");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("Delivery:BatchSize", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OutOfRangeSetting_StopsNamingTheKey()
    {
        var result = await IngestWithSettingsAsync("""{ "Delivery": { "MaxAttempts": 0 } }""");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("Delivery:MaxAttempts", result.Error, StringComparison.Ordinal);
    }
}

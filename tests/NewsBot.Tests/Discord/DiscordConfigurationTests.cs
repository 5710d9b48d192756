using NewsBot.Testing;
using NewsBot.Tests.Cli;

namespace NewsBot.Tests.Discord;

public sealed class DiscordConfigurationTests : IDisposable
{
    private readonly TempDirectory _root = new();

    public void Dispose() => _root.Dispose();

    [Theory]
    [InlineData("""{ "Token": "abc", "ApplicationId": "" }""", "Discord:ApplicationId is required")]
    [InlineData("""{ "Token": "abc", "ApplicationId": "42", "ShardId": 2, "ShardCount": 2 }""", "Discord:ShardId (2) must be below Discord:ShardCount (2)")]
    [InlineData("""{ "Token": "Bot abc", "ApplicationId": "42" }""", "without the \"Bot \" prefix")]
    public async Task Run_WrongDiscordSettings_StopsWithAConfigurationErrorNamingTheKey(string discord, string expected)
    {
        Directory.CreateDirectory(_root.File("inbox"));
        await File.WriteAllTextAsync(_root.File("appsettings.json"), $$"""
            {
              "Storage": { "ConnectionString": "Data Source=data/run.db" },
              "Feeds": [ { "Name": "inbox", "Folder": "inbox" } ],
              "Discord": {{discord}}
            }
            """);

        var result = await new CliRunner(_root.Path).RunAsync(["run"]);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains(expected, result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("abc", result.Error, StringComparison.Ordinal);
    }
}

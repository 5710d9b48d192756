using System.Diagnostics;
using NewsBot.Testing;
using NewsBot.Testing.Discord;
using NewsBot.Tests.Cli;

namespace NewsBot.Tests.Discord;

public sealed class DiscordRunCommandTests : IAsyncLifetime, IDisposable
{
    private readonly TempDirectory _root = new();
    private FakeDiscordServer _discord = null!;

    public async Task InitializeAsync()
    {
        _discord = await FakeDiscordServer.StartAsync(CancellationToken.None);

        // Heartbeats are not what this test proves: with the fake's 500 ms, a loaded machine that sees an ACK late
        // rightly reconnects, and before READY that is a second Identify, or the close finds no connection.
        _discord.Gateway.HeartbeatIntervalMs = 60_000;
        Directory.CreateDirectory(_root.File("inbox"));

        // Set here rather than in the environment (Discord__Token), which every test in this process would see.
        await File.WriteAllTextAsync(_root.File("appsettings.json"), $$"""
            {
              "Storage": { "ConnectionString": "Data Source=data/run.db" },
              "Feeds": [ { "Name": "inbox", "Folder": "inbox", "IntervalMinutes": 600 } ],
              "Discord": { "Token": "{{FakeDiscordServer.Token}}", "ApplicationId": "{{FakeDiscordServer.ApplicationId}}", "ApiBaseUrl": "{{_discord.ApiBaseUrl}}" }
            }
            """);
    }

    public async Task DisposeAsync() => await _discord.DisposeAsync();

    public void Dispose() => _root.Dispose();

    [Fact]
    public async Task Run_WithADiscordToken_ConnectsAndStopsByItselfWhenDiscordRejectsTheToken()
    {
        var run = new CliRunner(_root.Path).RunAsync(["run"]);
        var clock = Stopwatch.StartNew();
        while (!_discord.Gateway.IsReady)
        {
            Assert.False(run.IsCompleted, "run ended before connecting");
            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(20), "run did not connect to the gateway");
            await Task.Delay(50);
        }

        await _discord.Gateway.CloseAsync(4004, "Authentication failed.");
        var result = await run.WaitAsync(TimeSpan.FromSeconds(20));

        Assert.Equal(0, result.ExitCode);
        Assert.Single(_discord.Gateway.Identifies);
        Assert.Single(_discord.RegisteredCommands);
    }
}

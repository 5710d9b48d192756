using System.Diagnostics;
using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using NewsBot.Core.Delivery;
using NewsBot.Core.Subscriptions;
using NewsBot.Hosting;
using NewsBot.Testing;
using NewsBot.Testing.Feeds;
using NewsBot.Testing.Http;
using NewsBot.Testing.Telegram;
using Xunit.Abstractions;

namespace NewsBot.Tests.Hosting;

/// <summary>
/// The real executable stopped by SIGTERM in the middle of a 50,000-item feed (issue 18.2), then restarted as a
/// second real process on the same database, the same loopback feeds and the same Bot API fake: each process
/// exits within seconds of its signal, and across the two the feed ends with each item stored once and each
/// alert sent once.
/// </summary>
public sealed class ShutdownProcessTests(ITestOutputHelper output) : IAsyncLifetime, IDisposable
{
    private const int Items = 50_000;
    private const long Group = -1001777;

    // "n185" and "n24" are feed names whose first polls in `run` come about 0.9 s and 0.6 s after start (FeedJitter
    // places a 1-minute feed by its name's hash).
    private const string BigFeedName = "n185";
    private const string NormalFeedName = "n24";

    private const string Valencia = "<title>Flood in Valencia</title><description>The Turia burst its banks overnight and the ring road was closed.</description>";
    private const string Lyon = "<title>Storm over Lyon</title><description>Winds of 120 km/h felled plane trees in the old town on Sunday.</description>";

    // The target is 5 s; the margin is for a machine shared with other builds. The measured time is printed.
    private static readonly TimeSpan ExitBound = TimeSpan.FromSeconds(15);

    private static readonly BigFeed Big = new(Items);

    private readonly TempDirectory _root = new();
    // Swapped whole, never changed in place: the server reads it on its own threads.
    private volatile string[] _normalItems = [Valencia];
    private LoopbackHttpServer _server = null!;
    private FakeBotApi _telegram = null!;

    private Uri BigUrl => _server.Url("big");

    private string Database => _root.File("data/bot.db");

    public async Task InitializeAsync()
    {
        _server = await LoopbackHttpServer.StartAsync(
            context => context.Request.Path == "/big" ? Big.ServeAsync(context) : NormalAsync(context), CancellationToken.None);
        _telegram = await FakeBotApi.StartAsync();
    }

    public async Task DisposeAsync()
    {
        await _telegram.DisposeAsync();
        await _server.DisposeAsync();
    }

    public void Dispose() => _root.Dispose();

    [Fact]
    public async Task Ingest_SigtermMidFeed_ExitsWithinSeconds_AndASecondIngestProcessStoresEveryItemOnce()
    {
        // A budget as large as the feed makes one poll the long piece of work the signal has to interrupt.
        await WriteSettingsAsync(telegram: false);

        await StopMidFeedAsync("ingest");
        using (var restart = Start("ingest"))
        {
            var error = restart.StandardError.ReadToEndAsync();
            _ = restart.StandardOutput.ReadToEndAsync();
            var clock = Stopwatch.StartNew();
            await WaitUntilAsync(restart, "every item stored", TimeSpan.FromSeconds(300), async () => (await CountStoredAsync()).Stored == Items);
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"newsbot ingest (restart): every item stored {clock.Elapsed.TotalSeconds:F1} s after its start"));

            // Analysing and planning 50,000 articles would take minutes more: that work is stopped in turn, as promptly.
            if (!restart.HasExited)
            {
                var exit = await SigtermAsync(restart);
                output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"newsbot ingest (restart): exited {exit.TotalSeconds:F2} s after SIGTERM, code {restart.ExitCode}"));
                Assert.True(exit <= ExitBound, $"the restart's exit took {exit}; stderr: {await error}");
            }
        }

        Assert.Equal((Items, Items), await CountStoredAsync());
    }

    [Fact]
    public async Task Run_SigtermMidFeed_ExitsWithinSeconds_AndASecondRunProcessStoresEveryItemOnceAndSendsEachAlertOnce()
    {
        await SubscribeAsync("valencia", "lyon");
        await WriteSettingsAsync(telegram: true);

        await StopMidFeedAsync("run");

        // Published while the bot was down: the restarted process must alert it, and must not alert Valencia again.
        _normalItems = [Valencia, Lyon];
        using (var restart = Start("run"))
        {
            var error = restart.StandardError.ReadToEndAsync();
            _ = restart.StandardOutput.ReadToEndAsync();
            var clock = Stopwatch.StartNew();
            await WaitUntilAsync(restart, "every item stored and both alerts sent", TimeSpan.FromSeconds(300), async () =>
                (await CountStoredAsync()).Stored == Items && Alerts("Valencia") >= 1 && Alerts("Lyon") >= 1);
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"newsbot run (restart): every item stored and both alerts sent {clock.Elapsed.TotalSeconds:F1} s after its start"));

            // Stopped in turn while it still analyses the feed's items: the second stop is as prompt as the first.
            var exit = await SigtermAsync(restart);
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"newsbot run (restart): exited {exit.TotalSeconds:F2} s after SIGTERM, code {restart.ExitCode}"));
            Assert.True(exit <= ExitBound, $"the restart's exit took {exit}; stderr: {await error}");
        }

        Assert.Equal((Items, Items), await CountStoredAsync());
        Assert.Equal((1, 1), (Alerts("Valencia"), Alerts("Lyon")));
        Assert.Empty(_telegram.Violations);
    }

    /// <summary>The first process: started, signalled two seconds into the big feed, timed to its exit.</summary>
    private async Task StopMidFeedAsync(string verb)
    {
        using var process = Start(verb);
        var error = process.StandardError.ReadToEndAsync();
        _ = process.StandardOutput.ReadToEndAsync();
        await WaitForTheBigFeedRequestAsync(process);
        await Task.Delay(TimeSpan.FromSeconds(2));
        Assert.False(process.HasExited, "newsbot finished before the signal; the test needs it mid-work");

        var exit = await SigtermAsync(process);
        var (stored, _) = await CountStoredAsync();
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"newsbot {verb}: exited {exit.TotalSeconds:F2} s after SIGTERM, code {process.ExitCode}, {stored} of {Items} items stored"));

        Assert.True(exit <= ExitBound, $"exit took {exit}; stderr: {await error}");
        Assert.Equal(verb == "ingest" ? 130 : 0, process.ExitCode);
    }

    private async Task WriteSettingsAsync(bool telegram)
    {
        var feeds = $$"""
            [ { "Name": "{{BigFeedName}}", "Url": "{{BigUrl}}", "IntervalMinutes": 1 },
              { "Name": "{{NormalFeedName}}", "Url": "{{_server.Url("normal")}}", "IntervalMinutes": 1 } ]
            """;
        var platform = telegram
            ? $$"""
                , "Delivery": { "IntervalSeconds": 1 },
                  "Telegram": { "Token": "{{_telegram.Token}}", "ApiBaseUrl": "{{_telegram.ApiBaseUrl}}", "PollTimeoutSeconds": 1 }
                """
            : string.Empty;
        await File.WriteAllTextAsync(_root.File("appsettings.json"), $$"""
            { "Storage": { "ConnectionString": "Data Source=data/bot.db" },
              "Feeds": {{feeds}},
              "FeedFetching": { "MaxNewItemsPerPoll": {{Items}}, "PollBudgetSeconds": 3600 }{{platform}} }
            """);
    }

    /// <summary>Subscriptions made before the bot starts, as users would have: the database migrated, the rows stored.</summary>
    private async Task SubscribeAsync(params string[] queries)
    {
        await File.WriteAllTextAsync(_root.File("appsettings.json"), """{ "Storage": { "ConnectionString": "Data Source=data/bot.db" }, "Feeds": [] }""");
        using var host = NewsBotHost.Build(new HostSetup { ContentRoot = _root.Path, Output = TextWriter.Null });
        await host.StartAsync();
        var subscriptions = host.Services.GetRequiredService<ISubscriptionStore>();
        foreach (var query in queries)
        {
            await subscriptions.AddAsync(
                new NewSubscription { Channel = new ChannelAddress("telegram", Group.ToString(CultureInfo.InvariantCulture)), Query = query, CreatedAt = TimeProvider.System.GetUtcNow() },
                CancellationToken.None);
        }

        await host.StopAsync();
    }

    private async Task NormalAsync(HttpContext context)
    {
        context.Response.ContentType = "application/rss+xml";
        var items = string.Concat(_normalItems.Select((item, i) => $"<item><guid>n-{i}</guid><link>http://normal.example/{i}</link>{item}</item>"));
        await context.Response.WriteAsync($"<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Normal</title>{items}</channel></rss>");
    }

    /// <summary>Alerts (messages with buttons) the Bot API fake accepted in the group about this place.</summary>
    private int Alerts(string place) => _telegram.Messages.Count(m =>
        m.Method == "sendMessage" && m.Buttons.Count > 0 && m.ChatId == Group.ToString(CultureInfo.InvariantCulture)
        && m.Visible.Contains(place, StringComparison.Ordinal));

    /// <summary>The big feed's rows and distinct ids, read straight from the database the processes share.</summary>
    private async Task<(int Stored, int Distinct)> CountStoredAsync()
    {
        if (!File.Exists(Database))
        {
            return (0, 0);
        }

        await using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = Database, Pooling = false }.ToString());
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*), COUNT(DISTINCT external_id) FROM articles WHERE external_id LIKE 'big-%'";
        await using var reader = await command.ExecuteReaderAsync();
        await reader.ReadAsync();
        return (reader.GetInt32(0), reader.GetInt32(1));
    }

    private Process Start(string verb)
    {
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
            start.ArgumentList.Add(BigUrl.ToString());
        }

        // The platform tokens of the machine running the tests must not make `run` talk to anyone.
        foreach (var name in new[] { "Telegram__Token", "Discord__Token" })
        {
            start.Environment.Remove(name);
        }

        return Process.Start(start)!;
    }

    private async Task WaitForTheBigFeedRequestAsync(Process process)
    {
        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(90));
        while (!_server.Requests.Any(r => r.PathAndQuery == "/big"))
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"newsbot exited with {process.ExitCode} before reading the feed");
            }

            await Task.Delay(50, deadline.Token);
        }
    }

    private static async Task WaitUntilAsync(Process process, string what, TimeSpan within, Func<Task<bool>> condition)
    {
        var clock = Stopwatch.StartNew();
        while (!await condition())
        {
            if (process.HasExited || clock.Elapsed > within)
            {
                if (!process.HasExited)
                {
                    process.Kill(entireProcessTree: true);
                }

                Assert.Fail($"not {what} after {clock.Elapsed}; the process {(process.HasExited ? "exited" : "was still running")}");
            }

            await Task.Delay(1000);
        }
    }

    private static async Task<TimeSpan> SigtermAsync(Process process)
    {
        var sent = Stopwatch.StartNew();
        using (var kill = Process.Start("kill", ["-TERM", process.Id.ToString(CultureInfo.InvariantCulture)]))
        {
            await kill.WaitForExitAsync();
        }

        await WaitForExitAsync(process, TimeSpan.FromSeconds(120));
        return sent.Elapsed;
    }

    private static async Task WaitForExitAsync(Process process, TimeSpan within)
    {
        using var deadline = new CancellationTokenSource(within);
        try
        {
            await process.WaitForExitAsync(deadline.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }
    }
}

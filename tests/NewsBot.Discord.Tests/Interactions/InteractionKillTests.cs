using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using NewsBot.Core.Commands;
using NewsBot.Core.Delivery;
using NewsBot.Core.Platforms;
using NewsBot.Core.Subscriptions;
using NewsBot.Discord.Interactions;
using NewsBot.Testing.Crash;
using NewsBot.Testing.Discord;
using NewsBot.Testing.Stores;
using Xunit.Abstractions;

namespace NewsBot.Discord.Tests.Interactions;

/// <summary>
/// Slash commands handled by a process killed at random steps (a store write, the interaction's callback) and
/// restarted. Discord never gives a restarted process the interaction it was handling: the user sees "The
/// application did not respond" and runs the command again, as a new interaction. Counts what was lost, what
/// was doubled, and how often such a retry found the effect already done.
/// </summary>
public sealed class InteractionKillTests(ITestOutputHelper output)
{
    private const int KillsWanted = 120;
    private const int KillsPerRun = 3;
    private const int StepsOfARun = 8;
    private const string ChannelId = "100";

    private static readonly (string Name, string Option, string Value)[] Script =
    [
        ("subscribe", "query", "alpha"),
        ("subscribe", "query", "beta"),
        ("unsubscribe", "subscription", "alpha"),
        ("subscriptions", "", ""),
    ];

    private long _nextId = 910_000_000_000_000_000;

    [Fact]
    public async Task Interactions_KilledAtRandomSteps_AnsweredMeansDone_NoEffectDoubled_ACutShortOneIsSafeToRetry()
    {
        var random = new Random(1519);
        var (runs, kills, lost, doubled, wrongState, retried, foundDone) = (0, 0, 0, 0, 0, 0, 0);
        while (kills < KillsWanted)
        {
            runs++;
            await using var server = await FakeDiscordServer.StartAsync(CancellationToken.None);
            var subscriptions = new InMemorySubscriptionStore();
            var answered = new List<string>();
            var next = 0;
            for (var life = 0; next < Script.Length; life++)
            {
                var crash = life < KillsPerRun ? new CrashPoint(random.Next(1, StepsOfARun + 1), afterStep: random.Next(2) == 1) : CrashPoint.Never;
                await using var process = Process(server, subscriptions, crash);
                var handler = process.GetRequiredService<InteractionHandler>();
                while (next < Script.Length && !crash.IsDead)
                {
                    var id = (++_nextId).ToString(CultureInfo.InvariantCulture);
                    await handler.HandleAsync(Interaction(id, Script[next]), TimeProvider.System.GetTimestamp(), CancellationToken.None);
                    var answers = server.Answers.Where(a => a.InteractionId == id).ToList();
                    doubled += Math.Max(0, answers.Count - 1);
                    if (answers.Count == 0)
                    {
                        Assert.True(crash.IsDead, $"interaction {id} went unanswered though nothing was killed");

                        // Shown as failed by Discord: the user runs the command again.
                        retried++;
                        continue;
                    }

                    answered.Add(Title(answers[0]));
                    next++;
                }

                if (crash.IsDead)
                {
                    kills++;
                }
            }

            var left = await subscriptions.ListByChannelAsync(new ChannelAddress("discord", ChannelId), CancellationToken.None);
            wrongState += left.Count == 1 && left[0].Query == "beta" ? 0 : 1;
            lost += answered.Count == Script.Length ? 0 : 1;
            foundDone += answered.Count(a => a.StartsWith("Already subscribed", StringComparison.Ordinal) || a.StartsWith("No subscription", StringComparison.Ordinal));
        }

        output.WriteLine($"{runs} runs, {kills} kills; lost {lost}, effects doubled {doubled}, wrong final state {wrongState}; cut short and retried by the user {retried}, of which the retry found the effect done {foundDone}");
        Assert.Equal(0, lost);
        Assert.Equal(0, doubled);
        Assert.Equal(0, wrongState);
    }

    private static string Title(FakeInteractionAnswer answer) =>
        (string?)answer.Body["data"]?["embeds"]?[0]?["title"] ?? string.Empty;

    private static JsonElement Interaction(string id, (string Name, string Option, string Value) command)
    {
        var options = new JsonArray();
        if (command.Option.Length > 0)
        {
            options.Add(new JsonObject { ["name"] = command.Option, ["type"] = 3, ["value"] = command.Value });
        }

        var interaction = new JsonObject
        {
            ["id"] = id,
            ["application_id"] = FakeDiscordServer.ApplicationId,
            ["type"] = 2,
            ["token"] = "itoken-" + id,
            ["version"] = 1,
            ["guild_id"] = "200000000000000001",
            ["channel_id"] = ChannelId,
            ["channel"] = new JsonObject { ["id"] = ChannelId, ["type"] = 0 },
            ["member"] = new JsonObject { ["user"] = new JsonObject { ["id"] = "3", ["username"] = "admin" }, ["permissions"] = "16" },
            ["data"] = new JsonObject { ["id"] = "500000000000000001", ["name"] = command.Name, ["type"] = 1, ["options"] = options },
        };
        return JsonSerializer.SerializeToElement(interaction);
    }

    private static ServiceProvider Process(FakeDiscordServer server, InMemorySubscriptionStore subscriptions, CrashPoint crash)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Discord:Token"] = FakeDiscordServer.Token,
            ["Discord:ApplicationId"] = FakeDiscordServer.ApplicationId,
            ["Discord:ApiBaseUrl"] = server.ApiBaseUrl.ToString(),
        }).Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddSingleton<IHostApplicationLifetime, DiscordHarness.FakeLifetime>();
        services.AddSingleton<ISubscriptionStore>(new CrashingSubscriptionStore(subscriptions, crash));
        services.AddSingleton<IStoryQueries>(new InMemoryStoryQueries());
        services.AddSingleton<IPlatformStateStore>(new InMemoryPlatformStateStore());
        services.AddNewsBotCommands();
        services.AddNewsBotDiscord(configuration);
        services.ConfigureHttpClientDefaults(http => http.AddHttpMessageHandler(() => new CrashingHttpHandler(crash)));
        return services.BuildServiceProvider();
    }
}

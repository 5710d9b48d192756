using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using NewsBot.Core.Delivery;
using NewsBot.Discord.Messages;
using NewsBot.Testing.Crash;
using NewsBot.Testing.Discord;
using Xunit.Abstractions;

namespace NewsBot.Discord.Tests.Messages;

/// <summary>The outbox posting to Discord, killed at random steps and restarted: what each channel got.</summary>
public sealed class DiscordOutboxKillTests(ITestOutputHelper output)
{
    private const int KillsWanted = 120;

    private static readonly ChannelAddress[] Channels = [new("discord", "100"), new("discord", "101")];

    [Fact]
    public async Task Outbox_KilledAtRandomSteps_PostsEachAlertOnce_TheNonceMakingTheResendSafe()
    {
        var random = new Random(1518);
        var (runs, kills, lost, doubled, resentUnrecorded) = (0, 0, 0, 0, 0);
        while (kills < KillsWanted)
        {
            runs++;
            await using var server = await FakeDiscordServer.StartAsync(CancellationToken.None);
            foreach (var channel in Channels)
            {
                server.AddChannel(channel.ChannelId);
            }

            var run = new OutboxKillRun();
            var lives = new List<ServiceProvider>();
            try
            {
                await run.RunAsync(Channels, crash => Transport(server, crash, lives), random);
            }
            finally
            {
                foreach (var life in lives)
                {
                    await life.DisposeAsync();
                }
            }

            kills += run.Kills.Count;
            // Discord accepted the message (any in flight when the process died) and it was never recorded as sent.
            resentUnrecorded += run.Lives.Sum(l => l.TookEffect("POST messages") - l.TookEffect("mark sent"));
            var copies = Channels.SelectMany(channel => OutboxKillRun.Cities.Select(city =>
                server.MessagesIn(channel.ChannelId).Count(m => m.Body.ToJsonString().Contains(city, StringComparison.Ordinal)))).ToList();
            lost += copies.Count(c => c == 0);
            doubled += copies.Sum(c => Math.Max(0, c - 1));
        }

        output.WriteLine($"{runs} runs, {kills} kills; alerts lost {lost}, doubled {doubled}; sends accepted but not recorded, made again with the same nonce: {resentUnrecorded}");
        Assert.Equal(0, lost);
        Assert.Equal(0, doubled);
        Assert.True(resentUnrecorded > 0, "no kill fell between Discord accepting a message and its record");
    }

    private static DiscordChatTransport Transport(FakeDiscordServer server, CrashPoint crash, List<ServiceProvider> lives)
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
        services.AddNewsBotDiscord(configuration);
        services.ConfigureHttpClientDefaults(http => http.AddHttpMessageHandler(() => new CrashingHttpHandler(crash)));
        var provider = services.BuildServiceProvider();
        lives.Add(provider);
        return provider.GetRequiredService<DiscordChatTransport>();
    }
}

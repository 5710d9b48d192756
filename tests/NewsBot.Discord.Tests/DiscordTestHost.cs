using System.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using NewsBot.Core.Commands;
using NewsBot.Core.Platforms;
using NewsBot.Core.Subscriptions;
using NewsBot.Testing.Discord;
using NewsBot.Testing.Stores;

namespace NewsBot.Discord.Tests;

/// <summary>A generic host with the Discord adapter (as <c>AddNewsBotDiscord</c> registers it), the commands and in-memory stores, against a fake Discord.</summary>
internal sealed class DiscordTestHost : IAsyncDisposable
{
    private DiscordTestHost(IHost host, FakeDiscordServer server)
    {
        Host = host;
        Server = server;
    }

    public IHost Host { get; }

    public FakeDiscordServer Server { get; }

    public InMemorySubscriptionStore Subscriptions => (InMemorySubscriptionStore)Host.Services.GetRequiredService<ISubscriptionStore>();

    public IHostApplicationLifetime Lifetime => Host.Services.GetRequiredService<IHostApplicationLifetime>();

    public static async Task<DiscordTestHost> StartAsync(
        FakeDiscordServer server, Dictionary<string, string?>? settings = null, IStoryQueries? stories = null, InMemoryPlatformStateStore? state = null)
    {
        ArgumentNullException.ThrowIfNull(server);
        var builder = Microsoft.Extensions.Hosting.Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        var configuration = new Dictionary<string, string?>
        {
            ["Discord:Token"] = FakeDiscordServer.Token,
            ["Discord:ApplicationId"] = FakeDiscordServer.ApplicationId,
            ["Discord:ApiBaseUrl"] = server.ApiBaseUrl.ToString(),
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            configuration[key] = value;
        }

        builder.Configuration.AddInMemoryCollection(configuration);
        builder.Services.AddLogging();
        builder.Services.AddSingleton<ISubscriptionStore, InMemorySubscriptionStore>();
        builder.Services.AddSingleton<IStoryQueries>(stories ?? new InMemoryStoryQueries());
        builder.Services.AddSingleton<IPlatformStateStore>(state ?? new InMemoryPlatformStateStore());
        builder.Services.AddNewsBotCommands();
        builder.Services.AddNewsBotDiscord(builder.Configuration);
        var host = builder.Build();
        await host.StartAsync();
        return new DiscordTestHost(host, server);
    }

    public static async Task WaitUntilAsync(string what, Func<bool> condition, double seconds = 15)
    {
        var clock = Stopwatch.StartNew();
        while (!condition())
        {
            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(seconds), $"timed out waiting until {what}");
            await Task.Delay(20);
        }
    }

    public FakeInteractionAnswer AnswerTo(string interactionId) => Server.Answers.Last(a => a.InteractionId == interactionId);

    public async Task<FakeInteractionAnswer> WaitForAnswerAsync(string interactionId, bool final = true)
    {
        await WaitUntilAsync(
            $"interaction {interactionId} was answered",
            () => Server.Answers.Any(a => a.InteractionId == interactionId && (!final || a.IsFollowUp || a.Type != 5)));
        return AnswerTo(interactionId);
    }

    public async ValueTask DisposeAsync()
    {
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(5));
        await Host.StopAsync(stop.Token);
        Host.Dispose();
    }
}

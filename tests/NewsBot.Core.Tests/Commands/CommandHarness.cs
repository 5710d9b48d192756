using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using NewsBot.Core.Commands;
using NewsBot.Core.Delivery;
using NewsBot.Core.Subscriptions;
using NewsBot.Core.Tests.Subscriptions;
using NewsBot.Testing.Stores;
using NewsBot.Testing.Time;

namespace NewsBot.Core.Tests.Commands;

/// <summary>The command service as the host wires it, over in-memory stores, a fake clock and the repository's aliases.</summary>
internal sealed class CommandHarness : IDisposable
{
    public static readonly ChannelAddress Channel = new("telegram", "-1001");

    private readonly ServiceProvider _services;

    public CommandHarness(IDictionary<string, string?>? settings = null, ISubscriptionStore? store = null)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings ?? new Dictionary<string, string?>()).Build();
        var services = new ServiceCollection()
            .AddSingleton<IConfiguration>(configuration)
            .AddLogging()
            .AddSingleton<TimeProvider>(Clock)
            .AddSingleton<ISubscriptionStore>(store ?? Subscriptions)
            .AddSingleton<IStoryQueries>(Stories)
            .AddSingleton(Topics.Aliases);
        services.AddNewsBotCommands();
        _services = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
        Service = _services.GetRequiredService<CommandService>();
    }

    public FakeTimeProvider Clock { get; } = new();

    public InMemorySubscriptionStore Subscriptions { get; } = new();

    public InMemoryStoryQueries Stories { get; } = new();

    public CommandService Service { get; }

    public static CommandContext Manager(ChannelAddress? channel = null) =>
        new() { Channel = channel ?? Channel, UserId = "admin", CanManageChannel = true };

    public static CommandContext Member(ChannelAddress? channel = null) =>
        new() { Channel = channel ?? Channel, UserId = "member", CanManageChannel = false };

    /// <summary>Runs a message as typed, by a channel manager unless said otherwise.</summary>
    public Task<Reply> RunAsync(string message, CommandContext? context = null) =>
        Service.HandleAsync(Command.Parse(message), context ?? Manager(), CancellationToken.None);

    public async Task<Subscription> SubscribedAsync(string message)
    {
        var reply = await RunAsync(message);
        Assert.False(reply.IsError, reply.ToPlainText());
        return (await Subscriptions.ListByChannelAsync(Channel, CancellationToken.None))[^1];
    }

    public void Dispose() => _services.Dispose();
}

using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using NewsBot.Core.Alerts;
using NewsBot.Core.Delivery;
using NewsBot.Core.Delivery.Pacing;
using NewsBot.Testing.Time;

namespace NewsBot.Core.Tests.Delivery.Pacing;

public sealed class PacingServiceCollectionExtensionsTests
{
    private static ServiceProvider Build(Dictionary<string, string?> settings, Action<IServiceCollection> register)
    {
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(settings).Build());
        services.AddLogging();
        services.AddSingleton<TimeProvider>(new FakeTimeProvider());
        register(services);
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
    }

    [Fact]
    public async Task AddPacedTransport_ExposesTheAdapterOnlyBehindPacing_WithItsSectionsLimits()
    {
        await using var provider = Build(
            new() { ["Telegram:Pacing:PerGroupPerMinute"] = "0", ["Telegram:Pacing:PerChannelPerSecond"] = "1000", ["Discord:Pacing:MessagesPerSecond"] = "50", ["Discord:Pacing:WindowFrom"] = "Send" },
            services => services.AddPacedTransport<FakeTelegram>("Telegram:Pacing").AddPacedTransport<FakeDiscord>("Discord:Pacing"));

        provider.GetRequiredService<IStartupValidator>().Validate();
        var transports = provider.GetServices<IChatTransport>().ToList();

        Assert.All(transports, t => Assert.IsType<PacedChatTransport>(t));
        Assert.Equal(["telegram", "discord"], transports.Select(t => t.Platform));
        var options = provider.GetRequiredService<IOptionsMonitor<PacingOptions>>();
        Assert.Equal((0, 1000.0, 30.0), (options.Get("Telegram:Pacing").PerGroupPerMinute, options.Get("Telegram:Pacing").PerChannelPerSecond, options.Get("Telegram:Pacing").MessagesPerSecond));
        Assert.Equal(50, options.Get("Discord:Pacing").MessagesPerSecond);
        Assert.Equal((PlatformWindowStart.Answer, PlatformWindowStart.Send), (options.Get("Telegram:Pacing").WindowFrom, options.Get("Discord:Pacing").WindowFrom));

        var telegram = transports[0];
        Assert.Equal("sent", await telegram.SendAlertAsync(new ChannelAddress("telegram", "1"), TestAlerts.Titled("x"), CancellationToken.None));
        Assert.Equal(1, provider.GetRequiredService<FakeTelegram>().Calls);
    }

    [Theory]
    [InlineData("MessagesPerSecond", "0")]
    [InlineData("PerChannelPerSecond", "-1")]
    [InlineData("PerGroupPerMinute", "-1")]
    [InlineData("MaxRetries", "50")]
    [InlineData("MaxWaitSeconds", "0")]
    [InlineData("WindowFrom", "7")]
    public async Task AddPacedTransport_InvalidLimit_FailsAtStartNamingIt(string key, string value)
    {
        await using var provider = Build(new() { [$"Telegram:Pacing:{key}"] = value }, services => services.AddPacedTransport<FakeTelegram>("Telegram:Pacing"));

        var failure = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IStartupValidator>().Validate());

        Assert.Contains(key, failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AddChannelLimits_BindsTheDeliverySection_AndResolvesThePolicy()
    {
        await using var provider = Build(
            new() { ["Delivery:DailyCapPerChannel"] = "10", ["Delivery:MinIntervalSecondsPerChannel"] = "60" },
            services => services.AddSingleton<IDeliveryStore, Testing.Stores.InMemoryDeliveryStore>().AddChannelLimits());

        provider.GetRequiredService<IStartupValidator>().Validate();

        var limits = provider.GetRequiredService<IOptions<ChannelLimitsOptions>>().Value;
        Assert.Equal((10, 60), (limits.DailyCapPerChannel, limits.MinIntervalSecondsPerChannel));
        Assert.NotNull(provider.GetRequiredService<ChannelAlertPolicy>());
    }

    [Fact]
    public void Defaults_AreTheDocumentedOnes()
    {
        var pacing = new PacingOptions();
        var limits = new ChannelLimitsOptions();

        Assert.Equal((30.0, 1.0, 20, 3, 1.0, 60), (pacing.MessagesPerSecond, pacing.PerChannelPerSecond, pacing.PerGroupPerMinute, pacing.MaxRetries, pacing.RetryBaseDelaySeconds, pacing.MaxWaitSeconds));
        Assert.Equal(PlatformWindowStart.Answer, pacing.WindowFrom);
        Assert.Equal((50, 0), (limits.DailyCapPerChannel, limits.MinIntervalSecondsPerChannel));
    }

    private sealed class FakeTelegram : IChatTransport
    {
        public int Calls { get; private set; }

        public string Platform => "telegram";

        public Task<string> SendAlertAsync(ChannelAddress channel, Alert alert, CancellationToken cancellationToken)
        {
            Calls++;
            return Task.FromResult("sent");
        }

        public Task<string> SendUpdateAsync(ChannelAddress channel, AlertUpdate update, CancellationToken cancellationToken) => Task.FromResult("sent");
    }

    private sealed class FakeDiscord : IChatTransport
    {
        public string Platform => "discord";

        public Task<string> SendAlertAsync(ChannelAddress channel, Alert alert, CancellationToken cancellationToken) => Task.FromResult("sent");

        public Task<string> SendUpdateAsync(ChannelAddress channel, AlertUpdate update, CancellationToken cancellationToken) => Task.FromResult("sent");
    }
}

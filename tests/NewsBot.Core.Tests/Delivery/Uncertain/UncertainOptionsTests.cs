using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using NewsBot.Core.Delivery;

namespace NewsBot.Core.Tests.Delivery.Uncertain;

public sealed class UncertainOptionsTests
{
    private static ServiceProvider Build(Dictionary<string, string?> settings)
    {
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(settings).Build());
        services.AddNewsBotCore();
        return services.BuildServiceProvider();
    }

    [Fact]
    public async Task Defaults_SkipAfterTwoMinutes()
    {
        await using var provider = Build([]);

        provider.GetRequiredService<IStartupValidator>().Validate();
        var options = provider.GetRequiredService<IOptions<DeliveryOptions>>().Value;

        Assert.Equal((UncertainPolicy.Skip, 120), (options.OnUncertain, options.UncertainWaitSeconds));
    }

    [Theory]
    [InlineData("retry")]
    [InlineData("Retry")]
    [InlineData("RETRY")]
    public async Task OnUncertain_Retry_IsReadWhateverItsCase(string value)
    {
        await using var provider = Build(new() { ["Delivery:OnUncertain"] = value, ["Delivery:UncertainWaitSeconds"] = "30" });

        provider.GetRequiredService<IStartupValidator>().Validate();
        var options = provider.GetRequiredService<IOptions<DeliveryOptions>>().Value;

        Assert.Equal((UncertainPolicy.Retry, 30), (options.OnUncertain, options.UncertainWaitSeconds));
    }

    [Theory]
    [InlineData("Delivery:OnUncertain", "maybe")]
    [InlineData("Delivery:OnUncertain", "7")]
    [InlineData("Delivery:UncertainWaitSeconds", "-1")]
    [InlineData("Delivery:UncertainWaitSeconds", "86401")]
    public async Task InvalidSetting_FailsAtStartNamingTheKey(string key, string value)
    {
        await using var provider = Build(new() { [key] = value });

        var failure = Assert.ThrowsAny<Exception>(() => provider.GetRequiredService<IStartupValidator>().Validate());

        Assert.Contains(key, failure.Message, StringComparison.Ordinal);
    }
}

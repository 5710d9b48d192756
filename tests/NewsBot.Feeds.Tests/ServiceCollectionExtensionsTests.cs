using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using NewsBot.Core.Feeds;
using NewsBot.Feeds.Fetching;
using NewsBot.Feeds.Tests.Support;

namespace NewsBot.Feeds.Tests;

public sealed class ServiceCollectionExtensionsTests
{
    [Fact]
    public async Task AddNewsBotFeeds_ValidSettings_ReaderAndOptionsResolve()
    {
        await using var services = FeedsServices.Build(new Dictionary<string, string?> { ["FeedFetching:TimeoutSeconds"] = "12" });

        services.GetRequiredService<IStartupValidator>().Validate();

        Assert.NotNull(services.GetRequiredService<IFeedReader>());
        Assert.Equal(12, services.GetRequiredService<IOptions<FeedFetchingOptions>>().Value.TimeoutSeconds);
    }

    [Fact]
    public void FeedFetchingOptions_Defaults_AreTheDocumentedOnes()
    {
        var options = new FeedFetchingOptions();

        Assert.Equal(30, options.TimeoutSeconds);
        Assert.Equal(10 * 1024 * 1024, options.MaxResponseBytes);
        Assert.Equal(2, options.MaxConcurrentRequestsPerHost);
        Assert.Equal(100, options.MaxConsecutiveFailures);
        Assert.StartsWith("NewsBot/", options.UserAgent, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("FeedFetching:TimeoutSeconds", "0")]
    [InlineData("FeedFetching:MaxResponseBytes", "10")]
    [InlineData("FeedFetching:MaxConcurrentRequestsPerHost", "0")]
    [InlineData("FeedFetching:UserAgent", "")]
    [InlineData("FeedFetching:UserAgent", "NewsBot/1.0 (unclosed comment")]
    public async Task AddNewsBotFeeds_InvalidSetting_FailsAtStartNamingTheKey(string key, string value)
    {
        await using var services = FeedsServices.Build(new Dictionary<string, string?> { [key] = value });

        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IStartupValidator>().Validate());

        Assert.Contains(key.Split(':')[1], error.Message, StringComparison.Ordinal);
    }
}

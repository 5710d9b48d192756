using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using NewsBot.Core.Feeds;
using NewsBot.Feeds.Fetching;
using NewsBot.Feeds.Fetching.Addresses;
using NewsBot.Feeds.Folder;

namespace NewsBot.Feeds;

public static class ServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="IFeedReader"/> for HTTP and folder feeds, the feeds' shared HTTP client and
    /// <see cref="FeedFetchingOptions"/> (section <c>FeedFetching</c>, validated at start).
    /// </summary>
    public static IServiceCollection AddNewsBotFeeds(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);

        // Older French and English feeds still declare windows-1252 or ISO-8859-15.
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

        services.AddOptions<FeedFetchingOptions>()
            .BindConfiguration(FeedFetchingOptions.Section)
            .ValidateDataAnnotations()
            .Validate(options => IsValidUserAgent(options.UserAgent), $"{FeedFetchingOptions.Section}:UserAgent is not a valid User-Agent header value.")
            .ValidateOnStart();

        services.AddHttpClient(FeedDownloader.HttpClientName, (provider, client) =>
                FeedDownloader.Configure(client, provider.GetRequiredService<IOptions<FeedFetchingOptions>>().Value))
            .ConfigurePrimaryHttpMessageHandler(provider => FeedDownloader.CreatePrimaryHandler(provider.GetRequiredService<AddressGuard>()));

        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IHostResolver, DnsHostResolver>();
        services.TryAddSingleton<IAddressClassifier, ReservedRanges>();
        services.AddSingleton<AddressGuard>();
        services.AddSingleton<HostRequestLimiter>();
        services.AddSingleton<FeedDownloader>();
        services.AddSingleton<HttpFeedReader>();
        services.AddSingleton<FolderFeedReader>();
        services.AddSingleton<IFeedReader, FeedReader>();
        return services;
    }

    private static bool IsValidUserAgent(string? userAgent)
    {
        if (string.IsNullOrWhiteSpace(userAgent))
        {
            return false;
        }

        using var probe = new HttpRequestMessage();
        return probe.Headers.UserAgent.TryParseAdd(userAgent) && probe.Headers.UserAgent.Count > 0;
    }
}

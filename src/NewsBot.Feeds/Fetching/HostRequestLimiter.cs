using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace NewsBot.Feeds.Fetching;

/// <summary>
/// At most <see cref="FeedFetchingOptions.MaxConcurrentRequestsPerHost"/> requests in flight to one
/// host, however many of its feeds are due at once. One semaphore per host, kept for the process's
/// life: there are as many as there are feed hosts, which the configuration bounds.
/// </summary>
internal sealed class HostRequestLimiter(IOptions<FeedFetchingOptions> options)
{
    private readonly ConcurrentDictionary<string, SemaphoreSlim> _hosts = new(StringComparer.OrdinalIgnoreCase);

    public async Task<IDisposable> AcquireAsync(Uri url, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(url);
        var semaphore = _hosts.GetOrAdd(url.IdnHost, static (_, limit) => new SemaphoreSlim(limit, limit), options.Value.MaxConcurrentRequestsPerHost);
        await semaphore.WaitAsync(cancellationToken).ConfigureAwait(false);
        return new Lease(semaphore);
    }

    private sealed class Lease(SemaphoreSlim semaphore) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
            {
                semaphore.Release();
            }
        }
    }
}

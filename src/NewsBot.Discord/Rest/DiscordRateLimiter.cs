using System.Collections.Concurrent;

namespace NewsBot.Discord.Rest;

/// <summary>
/// Makes requests wait for their bucket and the global limit instead of failing. Buckets are learned from
/// responses: a route's <c>X-RateLimit-Bucket</c> id is remembered, and routes sharing an id share a bucket
/// (per top-level resource). Limits are never hard-coded; a route not seen yet goes once, alone, to learn.
/// </summary>
internal sealed class DiscordRateLimiter(GlobalRateLimit global, TimeProvider timeProvider)
{
    private readonly ConcurrentDictionary<string, string> _bucketIds = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, RateLimitBucket> _buckets = new(StringComparer.Ordinal);

    public TimeProvider TimeProvider => timeProvider;

    /// <summary>Waits for the route's bucket (and the global limit) and returns a lease to release after the response.</summary>
    public Task<Lease> AcquireAsync(RouteKey route, CancellationToken cancellationToken) =>
        AcquireAsync(route, TimeSpan.MaxValue, cancellationToken);

    /// <summary>
    /// Like <see cref="AcquireAsync(RouteKey, CancellationToken)"/>, but a request that would have to wait longer
    /// than <paramref name="maxWait"/> is not sent at all: it fails with <see cref="DiscordApiException.NotAttempted"/>
    /// and the wait, so the outbox can hand it back rather than hold a worker (and its lease) that long.
    /// </summary>
    public async Task<Lease> AcquireAsync(RouteKey route, TimeSpan maxWait, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(route);
        var bucket = BucketFor(route);
        await bucket.Gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            while (bucket.Take(timeProvider.GetUtcNow()) is var wait && wait > TimeSpan.Zero)
            {
                if (wait > maxWait)
                {
                    throw TooLong(route, wait, global: false);
                }

                await Task.Delay(wait, timeProvider, cancellationToken).ConfigureAwait(false);
            }

            if (!route.ExemptFromGlobal && global.HeldFor() is var held && held > maxWait)
            {
                throw TooLong(route, held, global: true);
            }

            var slot = route.ExemptFromGlobal ? null : await global.WaitAsync(cancellationToken).ConfigureAwait(false);
            return new Lease(this, route, bucket, slot);
        }
        catch
        {
            bucket.Gate.Release();
            throw;
        }
    }

    /// <summary>A 429 with scope global: no request (but interaction answers) goes until then.</summary>
    public void HoldGlobal(TimeSpan retryAfter) => global.Hold(timeProvider.GetUtcNow() + retryAfter);

    private static DiscordApiException TooLong(RouteKey route, TimeSpan wait, bool global) =>
        new(System.Net.HttpStatusCode.TooManyRequests, null, $"{route.Template} is rate-limited{(global ? " (global)" : "")} for {wait.TotalSeconds:0.#} s more; not sent")
        {
            RetryAfter = wait,
            GlobalLimit = global,
            NotAttempted = true,
        };

    private RateLimitBucket BucketFor(RouteKey route) =>
        _buckets.GetOrAdd(StateKey(route, _bucketIds.TryGetValue(route.Template, out var id) ? id : null), static _ => new RateLimitBucket());

    private static string StateKey(RouteKey route, string? bucketId) => (bucketId ?? route.Template) + "|" + route.Major;

    /// <summary>One request's turn in its bucket; dispose after reading the response.</summary>
    internal sealed class Lease(DiscordRateLimiter limiter, RouteKey route, RateLimitBucket bucket, GlobalRateLimit.Slot? slot) : IDisposable
    {
        private bool _released;

        public void Update(RateLimitHeaders headers)
        {
            ArgumentNullException.ThrowIfNull(headers);
            var now = limiter.TimeProvider.GetUtcNow();
            bucket.Update(headers.Remaining, headers.ResetAfter, now);
            if (headers.Bucket is { } id)
            {
                limiter._bucketIds[route.Template] = id;
                var shared = limiter._buckets.GetOrAdd(StateKey(route, id), static _ => new RateLimitBucket());
                if (!ReferenceEquals(shared, bucket))
                {
                    shared.Update(headers.Remaining, headers.ResetAfter, now);
                }
            }
        }

        /// <summary>A 429 on this bucket: it waits <paramref name="retryAfter"/> before the next request.</summary>
        public void Hold(TimeSpan retryAfter)
        {
            var until = limiter.TimeProvider.GetUtcNow() + retryAfter;
            bucket.Hold(until);
            if (limiter._bucketIds.TryGetValue(route.Template, out var id)
                && limiter._buckets.TryGetValue(StateKey(route, id), out var shared))
            {
                shared.Hold(until);
            }
        }

        public void Dispose()
        {
            if (!_released)
            {
                _released = true;
                slot?.Complete();
                bucket.Gate.Release();
            }
        }
    }
}

using System.Collections.Concurrent;
using System.Globalization;
using NewsBot.Core.Alerts;
using NewsBot.Core.Delivery;

namespace NewsBot.Core.Tests.Delivery.Uncertain;

/// <summary>
/// A chat platform whose answers go missing: a seeded share of sends gets no answer (lost, or so late the sender
/// gave up), reported as <see cref="ChatDeliveryException.OutcomeUnknown"/>. Most of those were posted all the
/// same; <paramref name="neverArrivedShare"/> of them never reached the platform. Like Telegram it cannot
/// deduplicate a resend. Each send's fate depends only on the seed, the delivery and its try, not on the order
/// the dispatcher sends in.
/// </summary>
internal sealed class LossyPlatform(int seed, double unansweredShare, double neverArrivedShare = 0, bool retryIsIdempotent = false) : IChatTransport
{
    private readonly ConcurrentDictionary<string, int> _tries = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, int> _posted = new(StringComparer.Ordinal);
    private long _ids;

    public string Platform => "lossy";

    /// <summary>How many times each delivery key was posted.</summary>
    public IReadOnlyDictionary<string, int> Posted => _posted;

    private int _unanswered;

    public int Unanswered => _unanswered;

    public Task<string> SendAlertAsync(ChannelAddress channel, Alert alert, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(alert);
        var key = alert.DeliveryKey ?? throw new InvalidOperationException("The outbox always sets a delivery key.");
        var attempt = _tries.AddOrUpdate(key, 1, (_, n) => n + 1);
        var id = long.Parse(key, CultureInfo.InvariantCulture);
        var unanswered = Uniform(seed, id, attempt, 0) < unansweredShare;
        var arrives = !unanswered || Uniform(seed, id, attempt, 1) >= neverArrivedShare;
        if (arrives)
        {
            _posted.AddOrUpdate(key, 1, (_, n) => n + 1);
        }

        if (unanswered)
        {
            Interlocked.Increment(ref _unanswered);
            throw new ChatDeliveryException($"no answer to try {attempt} of {key} within the request timeout")
            {
                OutcomeUnknown = true,
                RetryIsIdempotent = retryIsIdempotent,
            };
        }

        return Task.FromResult(Interlocked.Increment(ref _ids).ToString(CultureInfo.InvariantCulture));
    }

    // SplitMix64 over the inputs: System.Random seeded with neighbouring numbers gives correlated first draws,
    // and string hashes differ between processes.
    private static double Uniform(int seed, long id, int attempt, int draw)
    {
        var x = unchecked((ulong)seed * 0x9E3779B97F4A7C15UL ^ (ulong)id * 0xBF58476D1CE4E5B9UL ^ (ulong)attempt * 0x94D049BB133111EBUL ^ (ulong)draw);
        for (var round = 0; round < 2; round++)
        {
            x = unchecked(x + 0x9E3779B97F4A7C15UL);
            x = unchecked((x ^ (x >> 30)) * 0xBF58476D1CE4E5B9UL);
            x = unchecked((x ^ (x >> 27)) * 0x94D049BB133111EBUL);
            x ^= x >> 31;
        }

        return (x >> 11) * (1.0 / (1UL << 53));
    }

    public Task<string> SendUpdateAsync(ChannelAddress channel, AlertUpdate update, CancellationToken cancellationToken) =>
        throw new NotSupportedException("These tests send alerts only.");
}

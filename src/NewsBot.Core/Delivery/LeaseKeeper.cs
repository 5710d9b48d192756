using Microsoft.Extensions.Logging;

namespace NewsBot.Core.Delivery;

/// <summary>
/// Holds a claimed row's lease for as long as its send is under way, moving it on each time a quarter of it is left.
/// </summary>
/// <remarks>
/// A send may start as late as half the lease (pacing waits included, <see cref="Alerts.Alert.SendBy"/>) and then
/// take as long as the platform's timeouts and retries allow: Telegram waits up to a minute for an answer by default
/// (<c>Telegram:SendTimeoutSeconds</c>), Discord waits out several 429s. With the default lease of two minutes that
/// reached its end: another pass or node could claim the row and post it while this send went through, and a late
/// failure would free the other claim's lease. A process that dies mid-send stops moving the lease, and the row comes
/// back a lease later, as before.
/// </remarks>
internal sealed class LeaseKeeper : IAsyncDisposable
{
    /// <summary>The wait before a move that failed is tried again.</summary>
    internal static readonly TimeSpan RetryWait = TimeSpan.FromSeconds(1);

    private readonly CancellationTokenSource _stop = new();
    private readonly Task _keeping;
    private int _disposed;

    private LeaseKeeper(IDeliveryStore store, Delivery claimed, TimeSpan length, TimeProvider timeProvider, ILogger logger) =>
        _keeping = claimed.LeaseUntil is { } lease
            ? KeepAsync(store, claimed, lease, length, timeProvider, logger)
            : Task.CompletedTask;

    /// <summary>Starts holding <paramref name="claimed"/>'s lease, <paramref name="length"/> at a time; a row never claimed needs none.</summary>
    public static LeaseKeeper Start(IDeliveryStore store, Delivery claimed, TimeSpan length, TimeProvider timeProvider, ILogger logger)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(claimed);
        ArgumentNullException.ThrowIfNull(timeProvider);
        ArgumentNullException.ThrowIfNull(logger);
        return new LeaseKeeper(store, claimed, length, timeProvider, logger);
    }

    private async Task KeepAsync(IDeliveryStore store, Delivery claimed, DateTimeOffset lease, TimeSpan length, TimeProvider timeProvider, ILogger logger)
    {
        try
        {
            while (true)
            {
                var wait = lease - (length / 4) - timeProvider.GetUtcNow();
                if (wait > TimeSpan.Zero)
                {
                    // Nearly every send ends long before: its wait is cancelled, without an exception for each.
                    await Task.Delay(wait, timeProvider, _stop.Token).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
                }

                if (_stop.IsCancellationRequested)
                {
                    return;
                }

                var until = timeProvider.GetUtcNow() + length;
                bool moved;
                try
                {
                    moved = await store.ExtendLeaseAsync(claimed.Id, lease, until, CancellationToken.None).ConfigureAwait(false);
                }
                catch (Exception ex) when (ex is not OperationCanceledException && timeProvider.GetUtcNow() < lease)
                {
                    // A passing database error: tried again shortly while the lease lasts. Given up at once, the lease ran
                    // out under a long send, and another pass or node could post the message too.
                    Log.DeliveryLeaseNotExtended(logger, claimed.Id, claimed.Channel.ToString(), ex);
                    await Task.Delay(RetryWait, timeProvider, _stop.Token).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
                    continue;
                }

                if (!moved)
                {
                    // Refused after the send was settled (and its lease let go) is no loss.
                    if (!_stop.IsCancellationRequested)
                    {
                        Log.DeliveryLeaseLost(logger, claimed.Id, claimed.Channel.ToString());
                    }

                    return;
                }

                lease = until;
            }
        }
        catch (Exception ex)
        {
            // The lease ran out before a move went through: the send goes on, as it would have without a keeper.
            Log.DeliveryLeaseNotExtended(logger, claimed.Id, claimed.Channel.ToString(), ex);
        }
    }

    /// <summary>Stops holding the lease, once any move under way is written, so the row's settlement comes after it.</summary>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
        {
            return;
        }

        // Cancel, not CancelAsync: the keeper's wait ends on this thread, so a send's settlement is not held up by
        // a hop to another one.
        _stop.Cancel();
        await _keeping.ConfigureAwait(false);
        _stop.Dispose();
    }
}

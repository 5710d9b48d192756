using Microsoft.Extensions.Logging;
using NewsBot.Core.Platforms;
using Npgsql;

namespace NewsBot.Storage.Postgres;

/// <summary>
/// One advisory lock held by a connection of its own. The session is checked every
/// check interval: once it fails the lock may already be another node's, so
/// <see cref="Lost"/> fires and the connection is closed.
/// </summary>
internal sealed class PostgresExclusiveLease : IExclusiveLease
{
    private readonly NpgsqlConnection _connection;
    private readonly TimeSpan _checkInterval;
    private readonly TimeProvider _timeProvider;
    private readonly ILogger _logger;
    private readonly CancellationTokenSource _lost = new();
    private readonly CancellationTokenSource _stop = new();
    private readonly SemaphoreSlim _session = new(1, 1);
    private readonly Task _watch;
    private int _disposed;

    public PostgresExclusiveLease(string name, NpgsqlConnection connection, TimeSpan checkInterval, TimeProvider timeProvider, ILogger logger)
    {
        Name = name;
        _connection = connection;
        _checkInterval = checkInterval;
        _timeProvider = timeProvider;
        _logger = logger;
        _watch = Task.Run(WatchAsync);
    }

    public string Name { get; }

    public CancellationToken Lost => _lost.Token;

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
        {
            return;
        }

        await _stop.CancelAsync().ConfigureAwait(false);
        await _watch.ConfigureAwait(false);
        await _session.WaitAsync().ConfigureAwait(false);
        try
        {
            // Ending the session releases the lock; no separate unlock round trip that could fail on its own.
            await _connection.DisposeAsync().ConfigureAwait(false);
        }
        finally
        {
            _session.Release();
        }

        // Not disposed: a holder may still read Lost after giving the lease back.
        await _lost.CancelAsync().ConfigureAwait(false);
        Log.LeaseReleased(_logger, Name);
    }

    private async Task WatchAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(_checkInterval, _timeProvider, _stop.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                return;
            }

            if (!await IsAliveAsync().ConfigureAwait(false))
            {
                Log.LeaseLost(_logger, Name);
                await _lost.CancelAsync().ConfigureAwait(false);
                await _connection.DisposeAsync().ConfigureAwait(false);
                return;
            }
        }
    }

    private async Task<bool> IsAliveAsync()
    {
        await _session.WaitAsync().ConfigureAwait(false);
        try
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(_stop.Token);
            timeout.CancelAfter(_checkInterval);
            await using var command = new NpgsqlCommand("SELECT 1;", _connection);
            await command.ExecuteScalarAsync(timeout.Token).ConfigureAwait(false);
            return true;
        }
        catch (OperationCanceledException) when (_stop.IsCancellationRequested)
        {
            return true; // Being disposed, not lost.
        }
        catch (Exception ex) when (ex is NpgsqlException or OperationCanceledException or InvalidOperationException)
        {
            return false;
        }
        finally
        {
            _session.Release();
        }
    }
}

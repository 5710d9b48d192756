using System.Threading.Channels;

namespace NewsBot.Storage.Sqlite;

/// <summary>
/// One writer at a time for this process's connections to one database, waited for asynchronously and in
/// order of arrival. SQLite lets one connection write at a time anyway; without this turn the others wait
/// inside SQLite's busy handler, each holding a thread that sleeps and retries, and under a delivery backlog
/// the thread pool kept adding threads (to 50–63) for writers that only waited. Another process on the
/// same file still waits in the busy timeout.
/// </summary>
internal sealed class SqliteWriteTurn
{
    /// <summary>
    /// How long a write waits for its turn before it fails. Every write holds the turn for one short
    /// transaction, so a wait this long means a write that never finished (or a write opened inside another
    /// on the same database, which would wait for itself): an error to report, not to wait out.
    /// </summary>
    public static readonly TimeSpan MaxWait = TimeSpan.FromSeconds(30);

    // The turn is the one token in the channel: whoever reads it writes, and gives it back by writing it.
    // A channel rather than a semaphore: it needs no disposing, and a release may come after the factory is gone.
    private readonly Channel<bool> _token = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { SingleWriter = false, SingleReader = false });

    public SqliteWriteTurn() => _token.Writer.TryWrite(true);

    /// <summary>Waits for the turn; the returned release gives it back once, however often it is called.</summary>
    public async Task<Action> TakeAsync(string database, CancellationToken cancellationToken)
    {
        if (!_token.Reader.TryRead(out _))
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(MaxWait);
            try
            {
                await _token.Reader.ReadAsync(timeout.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                throw new TimeoutException(
                    $"A write to the SQLite database {database} waited {MaxWait.TotalSeconds:0} s for the write in progress to finish.");
            }
        }

        var released = 0;
        return () =>
        {
            if (Interlocked.Exchange(ref released, 1) == 0)
            {
                _token.Writer.TryWrite(true);
            }
        };
    }
}

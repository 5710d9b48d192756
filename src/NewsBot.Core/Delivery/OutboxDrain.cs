using System.Runtime.ExceptionServices;

namespace NewsBot.Core.Delivery;

/// <summary>
/// One pass over the outbox for one platform: claims due rows while fewer than the window are in flight and
/// sends them with many channels at once, each channel's rows one at a time and in the order claimed. A slow
/// channel, or one the platform holds with a retry-after, holds up only its own rows, and the platform's pacing
/// always has sends waiting while rows are due. The pass ends when nothing is due and nothing is in flight.
/// </summary>
/// <remarks>
/// No single row stops the others: <paramref name="dispatchAsync"/> settles each row's own failures. What it
/// lets through (the store failing after a send was handed over, the process shutting down) stops the claiming;
/// the rows already started finish, queued ones stay leased until their lease ends, and the pass then throws it.
/// </remarks>
/// <param name="window">Rows claimed and not yet finished, at most.</param>
/// <param name="claimSize">Rows per claim.</param>
/// <param name="claimAsync">Claims up to the given number of due rows.</param>
/// <param name="dispatchAsync">Settles one row: sends it, defers it, retries it later or dead-letters it.</param>
/// <param name="group">The run's other drains, which this one waits for when idle; null: it ends when idle.</param>
internal sealed class OutboxDrain(
    int window,
    int claimSize,
    Func<int, CancellationToken, Task<ClaimedBatch>> claimAsync,
    Func<Delivery, ClaimedBatch, CancellationToken, Task<DispatchReport>> dispatchAsync,
    DrainGroup? group = null) : IDisposable
{
    private readonly Lock _gate = new();
    private readonly SemaphoreSlim _slots = new(window, window);
    private readonly Dictionary<ChannelAddress, Queue<(Delivery Row, ClaimedBatch Batch)>> _queues = [];
    private readonly List<Task> _workers = [];

    // Rows this pass settled without sending since its last claim that brought anything else, which may be due
    // again at once (handed back, deferred to now). Forgotten at each such claim: a run under a sustained backlog
    // lasts hours, and every row it ever put back would stay here.
    private readonly HashSet<long> _putBack = [];
    private DispatchReport _report = DispatchReport.Empty;
    private Exception? _fault;

    /// <summary>Rows remembered as put back by this pass (see <see cref="_putBack"/>).</summary>
    internal int PutBackRemembered
    {
        get
        {
            lock (_gate)
            {
                return _putBack.Count;
            }
        }
    }

    /// <summary>Runs the pass; with <paramref name="claimOnce"/>, for one claim only.</summary>
    public async Task<DispatchReport> RunAsync(bool claimOnce, CancellationToken cancellationToken)
    {
        var size = Math.Min(claimSize, window);
        Exception? failure = null;
        try
        {
            await ClaimLoopAsync(size, claimOnce, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex)
        {
            failure = ex;
        }

        lock (_gate)
        {
            failure ??= _fault;
        }

        if (failure is null or OperationCanceledException)
        {
            group?.Leave();
        }
        else
        {
            group?.Stop();
        }

        // Every send started ends before the pass does: the caller records the pass, and may be shutting down.
        await WhenWorkersIdleAsync().ConfigureAwait(false);
        lock (_gate)
        {
            failure ??= _fault;
        }

        if (failure is not null)
        {
            ExceptionDispatchInfo.Throw(failure);
        }

        cancellationToken.ThrowIfCancellationRequested();
        lock (_gate)
        {
            return _report;
        }
    }

    private async Task ClaimLoopAsync(int size, bool claimOnce, CancellationToken cancellationToken)
    {
        while (group?.Stopped != true)
        {
            for (var taken = 0; taken < size; taken++)
            {
                await _slots.WaitAsync(cancellationToken).ConfigureAwait(false);
            }

            ClaimedBatch batch;
            try
            {
                batch = await claimAsync(size, cancellationToken).ConfigureAwait(false);
            }
            catch
            {
                _slots.Release(size);
                throw;
            }

            if (batch.Rows.Count < size)
            {
                _slots.Release(size - batch.Rows.Count);
            }

            bool faulted;
            bool noProgress;
            lock (_gate)
            {
                // A claim that brings back only rows this pass already put back makes no progress: with a clock
                // that does not move (or a platform that refuses with no wait) it would go round forever.
                faulted = _fault is not null;
                noProgress = batch.Rows.Count > 0 && batch.Rows.All(r => _putBack.Contains(r.Id));
                if (batch.Rows.Count > 0 && !noProgress)
                {
                    _putBack.Clear();
                }

                foreach (var row in batch.Rows)
                {
                    Enqueue(row, batch, cancellationToken);
                }
            }

            if (faulted || claimOnce || (noProgress && group is null))
            {
                return;
            }

            // Ending here would end this platform's delivery for as long as another platform's backlog keeps the
            // run going (hours, under a sustained load): it waits as an idle platform does, then looks again.
            var idle = noProgress || (batch.Rows.Count == 0 && !await WhenWorkersIdleAsync().ConfigureAwait(false));
            if (idle && (group is null || !await group.IdleAsync(cancellationToken).ConfigureAwait(false)))
            {
                return;
            }
        }
    }

    // Under _gate.
    private void Enqueue(Delivery row, ClaimedBatch batch, CancellationToken cancellationToken)
    {
        if (_queues.TryGetValue(row.Channel, out var queue))
        {
            queue.Enqueue((row, batch));
            return;
        }

        queue = new Queue<(Delivery, ClaimedBatch)>();
        queue.Enqueue((row, batch));
        _queues[row.Channel] = queue;
        _workers.RemoveAll(static w => w.IsCompleted);
        _workers.Add(Task.Run(() => WorkAsync(row.Channel, queue, cancellationToken), CancellationToken.None));
    }

    private async Task WorkAsync(ChannelAddress channel, Queue<(Delivery Row, ClaimedBatch Batch)> queue, CancellationToken cancellationToken)
    {
        while (true)
        {
            (Delivery Row, ClaimedBatch Batch) next;
            lock (_gate)
            {
                if (_fault is not null || cancellationToken.IsCancellationRequested || !queue.TryDequeue(out next))
                {
                    // Rows left in the queue stay leased: their lease ends and they are claimed again.
                    if (queue.Count > 0)
                    {
                        _slots.Release(queue.Count);
                    }

                    _queues.Remove(channel);
                    return;
                }
            }

            try
            {
                var report = await dispatchAsync(next.Row, next.Batch, cancellationToken).ConfigureAwait(false);
                lock (_gate)
                {
                    _report = _report.Add(report);
                    if (report.Retrying > 0)
                    {
                        _putBack.Add(next.Row.Id);
                    }
                }
            }
            catch (Exception ex)
            {
                lock (_gate)
                {
                    _fault ??= ex;
                }
            }
            finally
            {
                next.Batch.Settled(next.Row);
                _slots.Release();
            }
        }
    }

    /// <summary>Waits until no channel has rows in flight; false when none had.</summary>
    private async Task<bool> WhenWorkersIdleAsync()
    {
        var waited = false;
        while (true)
        {
            Task[] running;
            lock (_gate)
            {
                _workers.RemoveAll(static w => w.IsCompleted);
                running = [.. _workers];
            }

            if (running.Length == 0)
            {
                return waited;
            }

            waited = true;

            // Workers catch their own failures: this never throws.
            await Task.WhenAll(running).ConfigureAwait(false);
        }
    }

    public void Dispose() => _slots.Dispose();
}

namespace NewsBot.Core.Delivery;

/// <summary>
/// The platforms' drains of one run, which ends only when all of them find nothing due at once. A platform whose
/// backlog ran out keeps looking (every <paramref name="poll"/>) while another is still busy: the run lasts as long
/// as the busiest platform's backlog, and the next run cannot start before it ends, so without this a quiet
/// platform's new rows would wait for the busy one's backlog.
/// </summary>
/// <remarks>
/// A drain that fails (its store refused a claim or the record of a send) ends the run for all (<see cref="Stop"/>):
/// otherwise its platform would get nothing more for as long as the others' backlog lasts, hours under a sustained
/// load. The run then reports the failure, and the next one, a delivery interval later, drains every platform again.
/// </remarks>
internal sealed class DrainGroup(int members, TimeSpan poll, TimeProvider timeProvider)
{
    private readonly Lock _gate = new();
    private readonly TaskCompletionSource _allIdle = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _members = members;
    private int _idle;
    private bool _stopped;

    /// <summary>A drain failed: the others claim no more, finish what they started, and the run ends.</summary>
    public bool Stopped
    {
        get
        {
            lock (_gate)
            {
                return _stopped;
            }
        }
    }

    /// <summary>
    /// Called by a drain that found nothing due and nothing in flight. Waits until another look is worth it (true)
    /// or every drain is idle (false: the run ends).
    /// </summary>
    public async Task<bool> IdleAsync(CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            if (++_idle >= _members)
            {
                _allIdle.TrySetResult();
                return false;
            }
        }

        try
        {
            await Task.WhenAny(Task.Delay(poll, timeProvider, cancellationToken), _allIdle.Task).ConfigureAwait(false);
        }
        finally
        {
            lock (_gate)
            {
                _idle--;
            }
        }

        return !_allIdle.Task.IsCompleted;
    }

    /// <summary>A drain failed: it leaves, and the others stop claiming (see the remarks).</summary>
    public void Stop()
    {
        lock (_gate)
        {
            _stopped = true;
            _members--;
            _allIdle.TrySetResult();
        }
    }

    /// <summary>A drain that ended for good (cancelled, or its platform idle when the run ends) no longer keeps the others looking.</summary>
    public void Leave()
    {
        lock (_gate)
        {
            if (_idle >= --_members)
            {
                _allIdle.TrySetResult();
            }
        }
    }
}

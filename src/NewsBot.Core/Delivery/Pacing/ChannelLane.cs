namespace NewsBot.Core.Delivery.Pacing;

/// <summary>
/// One chat's queue: its sends go out one at a time, in the order they arrived, spaced by the chat's
/// buckets and held while the platform asked us to wait.
/// </summary>
internal sealed class ChannelLane(string key, TokenBucket perSecond, TokenBucket? perMinute)
{
    private readonly Lock _gate = new();
    private Task _tail = Task.CompletedTask;

    public string Key { get; } = key;

    public TokenBucket PerSecond { get; } = perSecond;

    /// <summary>The group limit, when this chat is a group and the platform has one.</summary>
    public TokenBucket? PerMinute { get; } = perMinute;

    /// <summary>Until when the platform asked not to post here; guarded by the platform's lock.</summary>
    public DateTimeOffset HeldUntil { get; set; } = DateTimeOffset.MinValue;

    /// <summary>
    /// Waits for the sends ahead in this lane, then returns the turn, which the caller disposes when done.
    /// Gives up at <paramref name="deadline"/> with a <see cref="TimeoutException"/>.
    /// </summary>
    public async Task<IDisposable> EnterAsync(DateTimeOffset deadline, TimeProvider timeProvider, CancellationToken cancellationToken)
    {
        var turn = new Turn();
        Task ahead;
        lock (_gate)
        {
            ahead = _tail;
            _tail = turn.Done;
        }

        try
        {
            var budget = deadline - timeProvider.GetUtcNow();
            await ahead.WaitAsync(budget > TimeSpan.Zero ? budget : TimeSpan.Zero, timeProvider, cancellationToken).ConfigureAwait(false);
            return turn;
        }
        catch
        {
            // Whoever queued behind us waits on our turn: hand it on only once the sends ahead are done,
            // or two sends would run in this lane at once.
            _ = ahead.ContinueWith(static (_, state) => ((Turn)state!).Dispose(), turn, CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
            throw;
        }
    }

    private sealed class Turn : IDisposable
    {
        private readonly TaskCompletionSource _done = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public Task Done => _done.Task;

        public void Dispose() => _done.TrySetResult();
    }
}

using NewsBot.Testing.Time;

namespace NewsBot.Core.Tests.Delivery.Pacing;

/// <summary>Runs work that waits on the fake clock, moving the clock from one timer to the next.</summary>
internal static class ClockDriver
{
    /// <summary>
    /// Moves <paramref name="clock"/> to each next timer until <paramref name="work"/> is done, at most
    /// <paramref name="limit"/> of fake time (an hour by default), then returns the work's outcome.
    /// </summary>
    public static async Task RunAsync(this FakeTimeProvider clock, Task work, TimeSpan? limit = null)
    {
        var end = clock.GetUtcNow() + (limit ?? TimeSpan.FromHours(1));
        while (!work.IsCompleted)
        {
            await SettleAsync(clock, work);
            if (work.IsCompleted)
            {
                break;
            }

            var next = clock.NextTimerDue ?? throw new InvalidOperationException("The work is stuck: it is not done and waits on no timer.");
            if (next > end)
            {
                throw new InvalidOperationException($"The work still waits at {next:O}, past the limit {end:O}.");
            }

            var now = clock.GetUtcNow();
            clock.Advance(next > now ? next - now : TimeSpan.Zero);
        }

        await work;
    }

    public static async Task<T> RunAsync<T>(this FakeTimeProvider clock, Task<T> work, TimeSpan? limit = null)
    {
        await RunAsync(clock, (Task)work, limit);
        return await work;
    }

    // Continuations run on the thread pool; give them real time to reach their next timer (or finish) before
    // the clock moves, so that no send sees a later time than it would in production. A continuation still
    // queued for a thread (on a loaded machine, for longer than a few polls) keeps the clock where it is.
    internal static async Task SettleAsync(this FakeTimeProvider clock, Task work)
    {
        var seen = (clock.PendingTimers, clock.NextTimerDue);
        var quiet = 0;
        for (var i = 0; i < 5000 && quiet < 3 && !work.IsCompleted; i++)
        {
            await Task.Delay(1);
            var now = (clock.PendingTimers, clock.NextTimerDue);
            quiet = now == seen && now.PendingTimers > 0 && ThreadPool.PendingWorkItemCount == 0 ? quiet + 1 : 0;
            seen = now;
        }
    }
}

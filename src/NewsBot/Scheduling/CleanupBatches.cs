namespace NewsBot.Scheduling;

/// <summary>
/// How the hourly cleanups (<see cref="DeliveryHistoryJob"/>, <see cref="ArticleTextHistoryJob"/>) write: batch after
/// batch, each a short write (about 45 ms for 1,000 rows on SQLite with two million in the table), so the other jobs'
/// writes go between them; until a batch comes short, or at most <see cref="MaxBatchesPerRun"/> batches, a million
/// rows, four times the deployment soak's hourly rate; the rest at the next run.
/// </summary>
internal static class CleanupBatches
{
    /// <summary>Rows a batch takes at most.</summary>
    public const int BatchSize = 1_000;

    /// <summary>Batches a run takes at most.</summary>
    public const int MaxBatchesPerRun = 1_000;

    /// <summary>How often a cleanup runs.</summary>
    public static readonly TimeSpan Interval = TimeSpan.FromHours(1);

    /// <summary>
    /// Runs <paramref name="batch"/> (given the batch size; returns the rows it took) until one comes short. A failure
    /// ends the run and is returned with the rows taken before it: the rest waits for the next run, and nothing else
    /// depends on this one.
    /// </summary>
    public static async Task<CleanupRun> RunAsync(Func<int, CancellationToken, Task<int>> batch, CancellationToken cancellationToken)
    {
        var done = 0;
        try
        {
            for (var i = 0; i < MaxBatchesPerRun; i++)
            {
                var taken = await batch(BatchSize, cancellationToken).ConfigureAwait(false);
                done += taken;
                if (taken < BatchSize)
                {
                    break;
                }
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            return new CleanupRun(done, ex);
        }

        return new CleanupRun(done, null);
    }
}

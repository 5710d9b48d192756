using Microsoft.Extensions.Hosting;

namespace NewsBot.Hosting;

/// <summary>
/// Work every node does on its own, at start and then every <see cref="Interval"/>: not a Quartz job, which a cluster
/// runs on one node at a time. A run that fails is logged and the next tick tries again; only stopping ends the loop.
/// </summary>
internal abstract class NodeLoop(TimeProvider timeProvider) : BackgroundService
{
    protected abstract TimeSpan Interval { get; }

    protected abstract Task RunOnceAsync(CancellationToken cancellationToken);

    protected abstract void LogFailure(Exception exception);

    protected sealed override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, timeProvider);
        do
        {
            try
            {
                await RunOnceAsync(stoppingToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
            {
                LogFailure(ex);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false));
    }
}

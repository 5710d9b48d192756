using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NewsBot.Core.Commands;
using NewsBot.Core.Platforms;
using NewsBot.Telegram.Api;
using NewsBot.Telegram.Interaction;
using Telegram.Bot.Exceptions;

namespace NewsBot.Telegram.Polling;

/// <summary>
/// Long-polls <c>getUpdates</c> and hands each update to <see cref="UpdateProcessor"/>, in order. Only the node
/// holding the <c>telegram-poller</c> lease polls (Telegram allows one consumer); the others try again every
/// <see cref="TelegramOptions.LeaseRetrySeconds"/>. The processor stores how far each update got, so a restart
/// goes on where it stopped. A failing poll (a 409 Conflict with another poller or a webhook included) is logged and
/// retried after <see cref="TelegramOptions.ErrorBackoffSeconds"/>, never in a tight loop.
/// </summary>
internal sealed class TelegramPoller(
    BotApi api,
    UpdateProcessor processor,
    UpdateJournal journal,
    IExclusiveLeases leases,
    CommandService commands,
    IOptions<TelegramOptions> options,
    TimeProvider timeProvider,
    ILogger<TelegramPoller> logger) : BackgroundService
{
    public const string LeaseName = "telegram-poller";

    /// <summary>
    /// How long an update already taken may go on after a stop is asked: long enough for a reply in flight to be
    /// answered and recorded (cut short, Telegram may have accepted it unrecorded, and a restart would send it
    /// again), short enough for a prompt shutdown.
    /// </summary>
    private static readonly TimeSpan FinishGrace = TimeSpan.FromSeconds(3);

    private readonly TelegramOptions _options = options.Value;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Hand StartAsync back at once: the rest of the host starts while the menu is set and the lease sought.
        await Task.Yield();
        await RegisterCommandsAsync(stoppingToken).ConfigureAwait(false);
        while (!stoppingToken.IsCancellationRequested)
        {
            var lease = await leases.TryAcquireAsync(LeaseName, stoppingToken).ConfigureAwait(false);
            if (lease is null)
            {
                Log.LeaseHeldElsewhere(logger, LeaseName, _options.LeaseRetrySeconds);
                await DelayAsync(TimeSpan.FromSeconds(_options.LeaseRetrySeconds), stoppingToken).ConfigureAwait(false);
                continue;
            }

            await using (lease.ConfigureAwait(false))
            {
                using var holding = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken, lease.Lost);
                try
                {
                    Log.PollingStarted(logger);
                    await PollAsync(holding.Token).ConfigureAwait(false);
                }
                catch (OperationCanceledException) when (lease.Lost.IsCancellationRequested && !stoppingToken.IsCancellationRequested)
                {
                    Log.LeaseLost(logger, LeaseName);
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    // The offset store failing must not stop the host: the lease is given back and polling starts over.
                    Log.PollingCrashed(logger, _options.ErrorBackoffSeconds, ex);
                    await DelayAsync(TimeSpan.FromSeconds(_options.ErrorBackoffSeconds), stoppingToken).ConfigureAwait(false);
                }
            }
        }
    }

    private async Task PollAsync(CancellationToken cancellationToken)
    {
        var next = await journal.NextOffsetAsync(cancellationToken).ConfigureAwait(false);
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            IReadOnlyList<ReceivedUpdate> updates;
            try
            {
                var elements = await api.CallAsync(
                    new UpdatesRequest { Offset = next, Timeout = _options.PollTimeoutSeconds, AllowedUpdates = UpdateHandler.AllowedUpdates },
                    cancellationToken).ConfigureAwait(false);
                updates = [.. elements.Select(ReceivedUpdate.From)];
            }
            catch (Exception ex) when (ex is RequestException or TimeoutException)
            {
                // ApiRequestException is a RequestException. A conflict and a refused token say what to fix; the rest
                // is transient by nature (network, 5xx, 429, an answer that was not the Bot API's): the reason is
                // enough, a stack trace would only add noise.
                var wait = (ex as ApiRequestException)?.RetryAfter() ?? TimeSpan.FromSeconds(_options.ErrorBackoffSeconds);
                Action<ILogger, string, double> log = (ex as ApiRequestException)?.ErrorCode switch
                {
                    409 => Log.PollConflict,
                    401 => Log.TokenRejected,
                    _ => Log.PollFailed,
                };
                log(logger, ex.Message, wait.TotalSeconds);
                await DelayAsync(wait, cancellationToken).ConfigureAwait(false);
                continue;
            }

            var before = next;
            foreach (var update in updates.OrderBy(u => u.UpdateId ?? long.MinValue))
            {
                cancellationToken.ThrowIfCancellationRequested();
                using (var finishing = new CancellationTokenSource())
                using (cancellationToken.Register(() => finishing.CancelAfter(FinishGrace)))
                {
                    await processor.ProcessAsync(update, finishing.Token).ConfigureAwait(false);
                }

                next = update.UpdateId is { } id ? id + 1 : next;
            }

            if (updates.Count > 0 && next == before)
            {
                // Updates without an id cannot be acknowledged alone: polling at once would get them again at once.
                Log.UpdatesWithoutId(logger, _options.ErrorBackoffSeconds);
                await DelayAsync(TimeSpan.FromSeconds(_options.ErrorBackoffSeconds), cancellationToken).ConfigureAwait(false);
            }
        }
    }

    private async Task RegisterCommandsAsync(CancellationToken cancellationToken)
    {
        if (!_options.RegisterCommands)
        {
            return;
        }

        try
        {
            var menu = CommandMenu.For(commands.Commands);
            await api.CallAsync(menu, cancellationToken).ConfigureAwait(false);
            Log.CommandsRegistered(logger, menu.Commands.Count());
        }
        catch (Exception ex) when (ex is RequestException or TimeoutException)
        {
            // The menu is a convenience: typed commands work without it.
            Log.CommandsNotRegistered(logger, ex.Message);
        }
    }

    private Task DelayAsync(TimeSpan delay, CancellationToken cancellationToken) => Task.Delay(delay, timeProvider, cancellationToken);
}

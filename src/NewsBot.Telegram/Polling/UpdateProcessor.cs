using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NewsBot.Telegram.Api;
using NewsBot.Telegram.Interaction;

namespace NewsBot.Telegram.Polling;

/// <summary>
/// Takes one update from "received" to "handled" so that a stop at any point neither loses nor repeats it:
/// the try is recorded (<see cref="UpdateJournal"/>), the command runs, its outcome is recorded before any of it
/// is sent, each call sent is recorded, and only then does <see cref="UpdateOffset"/> move past the update. A
/// restart that gets the update again (Telegram gives it until a poll asks past it) resumes from the record.
/// One window stays open: a message Telegram accepted just before the stop, not yet recorded as sent, is sent
/// again (Telegram's sendMessage has no idempotency key; we choose a rare double answer over a lost one). An
/// update that cannot be read, or fails <see cref="MaxAttempts"/> tries (counted across restarts, so one that
/// kills the process is not tried forever), is logged with its id, counted, and skipped.
/// </summary>
internal sealed class UpdateProcessor(
    UpdateHandler handler,
    ReplySender replies,
    UpdateOffset offset,
    UpdateJournal journal,
    TelegramMetrics metrics,
    IOptions<TelegramOptions> options,
    TimeProvider timeProvider,
    ILogger<UpdateProcessor> logger)
{
    /// <summary>Tries of one update, and of sending its answer, before it is given up.</summary>
    public const int MaxAttempts = 5;

    private readonly TimeSpan _backoff = TimeSpan.FromSeconds(options.Value.ErrorBackoffSeconds);

    public async Task ProcessAsync(ReceivedUpdate received, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(received);
        if (received.Update is not { } update)
        {
            Log.UpdateUnreadable(logger, received.UpdateId, received.Error);
            metrics.Skipped("unreadable");
            if (received.UpdateId is { } id)
            {
                await offset.HandledAsync(id, cancellationToken).ConfigureAwait(false);
            }

            return;
        }

        var record = await journal.ReadAsync(update.UpdateId, cancellationToken).ConfigureAwait(false)
            ?? new UpdateInProgress { UpdateId = update.UpdateId };
        record = await ComputeAsync(update, record, cancellationToken).ConfigureAwait(false);
        await SendAsync(record, cancellationToken).ConfigureAwait(false);
        await offset.HandledAsync(update.UpdateId, cancellationToken).ConfigureAwait(false);
    }

    private async Task<UpdateInProgress> ComputeAsync(Update update, UpdateInProgress record, CancellationToken cancellationToken)
    {
        Exception? last = null;
        while (record.Outcome is null)
        {
            if (record.Attempts >= MaxAttempts)
            {
                Log.UpdateFailed(logger, update.UpdateId, record.Attempts, last);
                metrics.Skipped("failed");
                record = record with { Outcome = UpdateHandler.GivenUp(update) };
                await SaveIfAnyAsync(record, cancellationToken).ConfigureAwait(false);
                break;
            }

            // Recorded before the command runs, so that tries cut short by a stop count too.
            record = record with { Attempts = record.Attempts + 1 };
            await journal.SaveAsync(record, cancellationToken).ConfigureAwait(false);
            try
            {
                record = record with { Outcome = await handler.HandleAsync(update, cancellationToken).ConfigureAwait(false) };
                await SaveIfAnyAsync(record, cancellationToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                // Not marked handled: the next poll (here or on the node that takes over) gets it again.
                throw;
            }
#pragma warning disable CA1031 // One update that cannot be handled must not stop every later one; it is tried a bounded number of times.
            catch (Exception ex)
#pragma warning restore CA1031
            {
                last = ex;
                if (record.Attempts < MaxAttempts)
                {
                    Log.UpdateRetried(logger, update.UpdateId, record.Attempts, ex.Message);
                    metrics.Retried();
                    await Task.Delay(_backoff * record.Attempts, timeProvider, cancellationToken).ConfigureAwait(false);
                }
            }
        }

        return record;
    }

    private async Task SaveIfAnyAsync(UpdateInProgress record, CancellationToken cancellationToken)
    {
        // Nothing to send (most updates): the offset, stored next, is all a restart needs.
        if (record.Outcome is { Calls: > 0 })
        {
            await journal.SaveAsync(record, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task SendAsync(UpdateInProgress record, CancellationToken cancellationToken)
    {
        var outcome = record.Outcome!;
        for (var attempt = 1; record.Sent < outcome.Calls;)
        {
            try
            {
                if (record.Sent < outcome.Messages.Count)
                {
                    await replies.SendAsync(outcome.Messages[record.Sent], cancellationToken).ConfigureAwait(false);
                }
                else
                {
                    await replies.AnswerAsync(outcome.Answer!, cancellationToken).ConfigureAwait(false);
                }
            }
            catch (Exception ex) when (IsTransient(ex) && !cancellationToken.IsCancellationRequested)
            {
                if (attempt >= MaxAttempts)
                {
                    Log.AnswerDropped(logger, record.UpdateId, attempt, ex.Message);
                    metrics.Skipped("unsent");
                    return;
                }

                Log.UpdateRetried(logger, record.UpdateId, attempt, ex.Message);
                metrics.Retried();
                await Task.Delay(_backoff * attempt, timeProvider, cancellationToken).ConfigureAwait(false);
                attempt++;
                continue;
            }

            record = record with { Sent = record.Sent + 1 };
            if (record.Sent < outcome.Calls)
            {
                // After the last call the offset is stored instead: it says the same, in one write.
                await journal.SaveAsync(record, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    private static bool IsTransient(Exception exception) => exception switch
    {
        BotApiException api => api.ErrorCode is 429 or >= 500,
        HttpRequestException or TimeoutException => true,
        _ => false,
    };
}

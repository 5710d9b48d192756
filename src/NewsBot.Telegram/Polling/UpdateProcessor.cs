using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NewsBot.Telegram.Api;
using NewsBot.Telegram.Interaction;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types;

namespace NewsBot.Telegram.Polling;

/// <summary>
/// Takes one update from "received" to "handled" so that a stop at any point neither loses nor repeats it:
/// the try is recorded (<see cref="UpdateJournal"/>), the command runs, its outcome is recorded before any of it
/// is sent, each call sent is recorded, and only then does the offset move past the update. A restart that gets
/// the update again (Telegram gives it until a poll asks past it) resumes from the record.
/// One window stays open: a message Telegram accepted just before the stop, not yet recorded as sent, is sent
/// again (Telegram's sendMessage has no idempotency key; we choose a rare double answer over a lost one). An
/// update that cannot be read, or fails <see cref="MaxAttempts"/> tries (counted across restarts, so one that
/// kills the process is not tried forever), is logged with its id, counted, and skipped. A reply Telegram
/// refuses is logged and passed over, since a chat that cannot be answered must not stop the poller.
/// </summary>
internal sealed class UpdateProcessor(
    UpdateHandler handler,
    BotApi api,
    UpdateJournal journal,
    TelegramMetrics metrics,
    IOptions<TelegramOptions> options,
    TimeProvider timeProvider,
    ILogger<UpdateProcessor> logger)
{
    /// <summary>Tries of one update, and of sending its answer, before it is given up.</summary>
    public const int MaxAttempts = 5;

    private static readonly TimeSpan LongestRetryAfter = TimeSpan.FromSeconds(30);

    private readonly TimeSpan _backoff = TimeSpan.FromSeconds(options.Value.ErrorBackoffSeconds);
    private readonly TimeSpan _answerAfter = TimeSpan.FromMilliseconds(options.Value.CallbackAnswerAfterMilliseconds);

    public async Task ProcessAsync(ReceivedUpdate received, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(received);
        if (received.Update is { } update)
        {
            var record = await journal.ReadAsync(update.Id, cancellationToken).ConfigureAwait(false)
                ?? new UpdateInProgress { UpdateId = update.Id };
            record = await ComputeAsync(update, record, cancellationToken).ConfigureAwait(false);
            await SendAsync(record, cancellationToken).ConfigureAwait(false);
        }
        else
        {
            Log.UpdateUnreadable(logger, received.UpdateId, received.Error);
            metrics.Skipped("unreadable");
        }

        if (received.UpdateId is { } id)
        {
            await journal.HandledAsync(id, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task<UpdateInProgress> ComputeAsync(Update update, UpdateInProgress record, CancellationToken cancellationToken)
    {
        Exception? last = null;
        while (record.Outcome is null)
        {
            UpdateOutcome outcome;
            if (record.Attempts >= MaxAttempts)
            {
                Log.UpdateFailed(logger, update.Id, record.Attempts, last);
                metrics.Skipped("failed");
                outcome = UpdateHandler.GivenUp(update);
            }
            else
            {
                // Recorded before the command runs, so that tries cut short by a stop count too.
                record = record with { Attempts = record.Attempts + 1 };
                await journal.SaveAsync(record, cancellationToken).ConfigureAwait(false);
                try
                {
                    var work = Task.Run(() => handler.HandleAsync(update, cancellationToken), cancellationToken);
                    if (!record.Answered && await AnsweredEarlyAsync(update, work, cancellationToken).ConfigureAwait(false))
                    {
                        record = record with { Answered = true };
                        await journal.SaveAsync(record, cancellationToken).ConfigureAwait(false);
                    }

                    outcome = await work.ConfigureAwait(false);
                }
                catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
                {
                    // One update that cannot be handled must not stop every later one: it is tried a bounded number of
                    // times. A stop goes through: not marked handled, the update comes again with the next poll (here
                    // or on the node that takes over).
                    last = ex;
                    if (record.Attempts < MaxAttempts)
                    {
                        await WaitToRetryAsync(update.Id, record.Attempts, ex, cancellationToken).ConfigureAwait(false);
                    }

                    continue;
                }
            }

            record = record with { Outcome = record.Answered ? UpdateHandler.AfterEarlyAnswer(update, outcome) : outcome };

            // Nothing to send (most updates): the offset, stored next, is all a restart needs.
            if (record.Outcome.Calls > 0)
            {
                await journal.SaveAsync(record, cancellationToken).ConfigureAwait(false);
            }
        }

        return record;
    }

    /// <summary>
    /// A button press whose work is not done within <see cref="TelegramOptions.CallbackAnswerAfterMilliseconds"/> is
    /// answered at once so that it stops spinning; true when it was. The work runs off the poller's thread (see the
    /// caller), so a store whose async calls run synchronously cannot hold this clock back.
    /// </summary>
    private async Task<bool> AnsweredEarlyAsync(Update update, Task<UpdateOutcome> work, CancellationToken cancellationToken)
    {
        if (UpdateHandler.EarlyAnswer(update) is not { } early)
        {
            return false;
        }

        // However the work ends, its failure is the caller's to see when it awaits it: here only its time counts.
        await ((Task)work).WaitAsync(_answerAfter, timeProvider, cancellationToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        if (work.IsCompleted)
        {
            return false;
        }

        try
        {
            await api.CallAsync(early, cancellationToken).ConfigureAwait(false);
            Log.CallbackAnsweredEarly(logger, update.Id, _answerAfter.TotalMilliseconds);
        }
        catch (Exception ex) when (ex is RequestException or TimeoutException && !cancellationToken.IsCancellationRequested)
        {
            // The spinner then runs until Telegram gives up on it; the work and its result go on all the same.
            Log.CallbackAnswerFailed(logger, ex.Message);
        }

        return true;
    }

    private async Task SendAsync(UpdateInProgress record, CancellationToken cancellationToken)
    {
        var outcome = record.Outcome!;
        for (var attempt = 1; record.Sent < outcome.Calls;)
        {
            try
            {
                await CallAsync(outcome, record.Sent, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (ApiErrors.IsTransient(ex) && !cancellationToken.IsCancellationRequested)
            {
                if (attempt >= MaxAttempts)
                {
                    Log.AnswerDropped(logger, record.UpdateId, attempt, ex.Message);
                    metrics.Skipped("unsent");
                    return;
                }

                await WaitToRetryAsync(record.UpdateId, attempt++, ex, cancellationToken).ConfigureAwait(false);
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

    /// <summary>Sends the outcome's call number <paramref name="index"/>; a refusal is logged, a passing failure thrown.</summary>
    private async Task CallAsync(UpdateOutcome outcome, int index, CancellationToken cancellationToken)
    {
        var message = index < outcome.Messages.Count ? outcome.Messages[index] : null;
        try
        {
            Task call = message is null ? api.CallAsync(outcome.Answer!, cancellationToken) : api.CallAsync(message, cancellationToken);
            await call.ConfigureAwait(false);
        }
        catch (ApiRequestException ex) when (!ApiErrors.IsTransient(ex) && message is not null)
        {
            Log.ReplyFailed(logger, message.ChatId?.ToString() ?? "?", ex.ErrorCode, ex.Message);
        }
        catch (ApiRequestException ex) when (!ApiErrors.IsTransient(ex))
        {
            // Too late (over ~15 s) or already answered: the spinner has stopped anyway.
            Log.CallbackAnswerFailed(logger, ex.Message);
        }
    }

    /// <summary>
    /// Logs and counts a failed try, then waits before the next: a 429's retry_after when it is short; a longer one
    /// is not held up for here (the poller waits for this update), so the tries run out as for any other failure
    /// that lasts; otherwise the backoff, longer with each try.
    /// </summary>
    private async Task WaitToRetryAsync(long updateId, int attempt, Exception exception, CancellationToken cancellationToken)
    {
        Log.UpdateRetried(logger, updateId, attempt, exception.Message);
        metrics.Retried();
        var delay = (exception as ApiRequestException)?.RetryAfter() is { } wait && wait <= LongestRetryAfter ? wait : _backoff * attempt;
        await Task.Delay(delay, timeProvider, cancellationToken).ConfigureAwait(false);
    }
}

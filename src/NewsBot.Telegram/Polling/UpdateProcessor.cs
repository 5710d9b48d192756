using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NewsBot.Telegram.Api;
using NewsBot.Telegram.Interaction;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Requests;
using Telegram.Bot.Types;

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

    private static readonly TimeSpan LongestRetryAfter = TimeSpan.FromSeconds(30);

    private readonly TimeSpan _backoff = TimeSpan.FromSeconds(options.Value.ErrorBackoffSeconds);
    private readonly TimeSpan _answerAfter = TimeSpan.FromMilliseconds(options.Value.CallbackAnswerAfterMilliseconds);

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

        var record = await journal.ReadAsync(update.Id, cancellationToken).ConfigureAwait(false)
            ?? new UpdateInProgress { UpdateId = update.Id };
        record = await ComputeAsync(update, record, cancellationToken).ConfigureAwait(false);
        await SendAsync(record, cancellationToken).ConfigureAwait(false);
        await offset.HandledAsync(update.Id, cancellationToken).ConfigureAwait(false);
    }

    private async Task<UpdateInProgress> ComputeAsync(Update update, UpdateInProgress record, CancellationToken cancellationToken)
    {
        Exception? last = null;
        while (record.Outcome is null)
        {
            if (record.Attempts >= MaxAttempts)
            {
                Log.UpdateFailed(logger, update.Id, record.Attempts, last);
                metrics.Skipped("failed");
                var givenUp = UpdateHandler.GivenUp(update);
                record = record with { Outcome = record.Answered ? UpdateHandler.AfterEarlyAnswer(update, givenUp) : givenUp };
                await SaveIfAnyAsync(record, cancellationToken).ConfigureAwait(false);
                break;
            }

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

                var outcome = await work.ConfigureAwait(false);
                record = record with { Outcome = record.Answered ? UpdateHandler.AfterEarlyAnswer(update, outcome) : outcome };
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
                    Log.UpdateRetried(logger, update.Id, record.Attempts, ex.Message);
                    metrics.Retried();
                    await Task.Delay(_backoff * record.Attempts, timeProvider, cancellationToken).ConfigureAwait(false);
                }
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

        using var waiting = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var first = await Task.WhenAny(work, Task.Delay(_answerAfter, timeProvider, waiting.Token)).ConfigureAwait(false);
        await waiting.CancelAsync().ConfigureAwait(false);
        if (first == work)
        {
            return false;
        }

        await AnswerEarlyAsync(update, early, cancellationToken).ConfigureAwait(false);
        return true;
    }

    private async Task AnswerEarlyAsync(Update update, AnswerCallbackQueryRequest early, CancellationToken cancellationToken)
    {
        try
        {
            await replies.AnswerAsync(early, cancellationToken).ConfigureAwait(false);
            Log.CallbackAnsweredEarly(logger, update.Id, _answerAfter.TotalMilliseconds);
        }
        catch (Exception ex) when (ApiErrors.IsTransient(ex) && !cancellationToken.IsCancellationRequested)
        {
            // The spinner then runs until Telegram gives up on it; the work and its result go on all the same.
            Log.CallbackAnswerFailed(logger, ex.Message);
        }
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
            catch (Exception ex) when (ApiErrors.IsTransient(ex) && !cancellationToken.IsCancellationRequested)
            {
                if (attempt >= MaxAttempts)
                {
                    Log.AnswerDropped(logger, record.UpdateId, attempt, ex.Message);
                    metrics.Skipped("unsent");
                    return;
                }

                Log.UpdateRetried(logger, record.UpdateId, attempt, ex.Message);
                metrics.Retried();
                await Task.Delay(RetryDelay(ex, attempt), timeProvider, cancellationToken).ConfigureAwait(false);
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

    /// <summary>
    /// A 429's retry_after when it is short; a longer one is not held up for here (the poller waits for this
    /// update), so the tries run out and the answer is dropped as for any other failure that lasts.
    /// </summary>
    private TimeSpan RetryDelay(Exception exception, int attempt) =>
        (exception as ApiRequestException)?.RetryAfter() is { } wait && wait <= LongestRetryAfter ? wait : _backoff * attempt;
}

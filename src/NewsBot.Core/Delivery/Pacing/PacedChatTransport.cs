using System.Globalization;
using Microsoft.Extensions.Logging;
using NewsBot.Core.Alerts;
using Polly;
using Polly.Retry;

namespace NewsBot.Core.Delivery.Pacing;

/// <summary>
/// Wraps a platform's transport so that it posts no faster than the platform allows: sends wait for their
/// turn instead of being dropped, a retry-after from the platform holds the chat (or the whole platform when
/// the limit is global) until then, and transient failures are retried with exponential backoff and jitter.
/// </summary>
/// <remarks>
/// <para>Sends to one chat go out one at a time, in the order they were called (a send that gives up leaves
/// the queue, and the outbox sends it again later). Sends to different chats run concurrently.</para>
/// <para>Nothing is dropped: past <see cref="PacingOptions.MaxRetries"/> retries or
/// <see cref="PacingOptions.MaxWaitSeconds"/> of waiting, the last failure is thrown, carrying the retry-after
/// when one is known, and the outbox reschedules the delivery. A channel that is gone is never retried.</para>
/// </remarks>
public sealed class PacedChatTransport : IChatTransport
{
    private static readonly ResiliencePropertyKey<DateTimeOffset> DeadlineKey = new("NewsBot.Pacing.Deadline");

    private readonly IChatTransport _inner;
    private readonly PacingOptions _options;
    private readonly PlatformPacer _pacer;
    private readonly ResiliencePipeline<string> _pipeline;
    private readonly TimeProvider _timeProvider;
    private readonly ILogger _logger;
    private readonly Func<double> _random;

    /// <param name="inner">The platform's own transport.</param>
    /// <param name="options">The platform's limits.</param>
    /// <param name="isGroup">Which channels the per-group limit applies to; null: all of them.</param>
    /// <param name="timeProvider">The clock all waits run on.</param>
    /// <param name="logger">Where holds and retries are logged.</param>
    public PacedChatTransport(
        IChatTransport inner, PacingOptions options, Func<ChannelAddress, bool>? isGroup, TimeProvider timeProvider, ILogger<PacedChatTransport> logger)
        : this(inner, options, isGroup, timeProvider, logger, Random.Shared.NextDouble)
    {
    }

    internal PacedChatTransport(
        IChatTransport inner, PacingOptions options, Func<ChannelAddress, bool>? isGroup, TimeProvider timeProvider, ILogger logger, Func<double> random)
    {
        ArgumentNullException.ThrowIfNull(inner);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(timeProvider);
        ArgumentNullException.ThrowIfNull(logger);
        _inner = inner;
        _options = options;
        _timeProvider = timeProvider;
        _logger = logger;
        _random = random;
        _pacer = new PlatformPacer(options, isGroup ?? (static _ => true), timeProvider);
        _pipeline = BuildPipeline();
    }

    public string Platform => _inner.Platform;

    public Task<string> SendAlertAsync(ChannelAddress channel, Alert alert, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(alert);
        return SendPacedAsync(channel, alert.SendBy, token => _inner.SendAlertAsync(channel, alert, token), cancellationToken);
    }

    // An edit counts against the same limits as a post: platforms rate-limit both.
    public Task<string> SendUpdateAsync(ChannelAddress channel, AlertUpdate update, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(update);
        return SendPacedAsync(channel, update.Updated.SendBy, token => _inner.SendUpdateAsync(channel, update, token), cancellationToken);
    }

    private async Task<string> SendPacedAsync(ChannelAddress channel, DateTimeOffset? sendBy, Func<CancellationToken, Task<string>> send, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(channel);
        cancellationToken.ThrowIfCancellationRequested();
        var now = _timeProvider.GetUtcNow();
        var deadline = now + TimeSpan.FromSeconds(_options.MaxWaitSeconds);
        if (sendBy < deadline)
        {
            deadline = sendBy.Value;
        }

        var lane = _pacer.LaneFor(channel);

        IDisposable turn;
        try
        {
            turn = await lane.EnterAsync(deadline, _timeProvider, cancellationToken).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            throw new ChatDeliveryException(string.Create(
                CultureInfo.InvariantCulture, $"Not sent: other messages to {channel} were still queued after {(deadline - now).TotalSeconds:0.#} s."))
            {
                RetryAfter = deadline - now,
                NotAttempted = true,
            };
        }

        using (turn)
        {
            var context = ResilienceContextPool.Shared.Get(cancellationToken);
            context.Properties.Set(DeadlineKey, deadline);
            try
            {
                return await _pipeline.ExecuteAsync(
                    static (context, state) => state.Transport.AttemptAsync(state.Channel, state.Send, state.Lane, context),
                    context,
                    (Transport: this, Channel: channel, Send: send, Lane: lane)).ConfigureAwait(false);
            }
            finally
            {
                ResilienceContextPool.Shared.Return(context);
            }
        }
    }

    private async ValueTask<string> AttemptAsync(ChannelAddress channel, Func<CancellationToken, Task<string>> send, ChannelLane lane, ResilienceContext context)
    {
        var place = await _pacer.WaitForTurnAsync(lane, Deadline(context), context.CancellationToken).ConfigureAwait(false);
        try
        {
            return await send(context.CancellationToken).ConfigureAwait(false);
        }
        catch (ChatDeliveryException ex) when (ex.RetryAfter is { } retryAfter && !ex.ChannelUnavailable && !ex.NotAttempted)
        {
            // Held here, not only in this send's retry delay, so that every other send to the chat (or the
            // platform) waits too instead of earning its own 429.
            var until = _pacer.Hold(lane, retryAfter, ex.GlobalLimit);
            Log.PacingHold(_logger, ex.GlobalLimit ? Platform : channel.ToString(), until, ex.GlobalLimit);
            throw;
        }
        finally
        {
            _pacer.Answered(place);
        }
    }

    private ResiliencePipeline<string> BuildPipeline()
    {
        if (_options.MaxRetries == 0)
        {
            return ResiliencePipeline<string>.Empty;
        }

        return new ResiliencePipelineBuilder<string> { TimeProvider = _timeProvider }
            .AddRetry(new RetryStrategyOptions<string>
            {
                MaxRetryAttempts = _options.MaxRetries,
                ShouldHandle = args => ValueTask.FromResult(ShouldRetry(args.Outcome.Exception, args.Context)),
                DelayGenerator = args => ValueTask.FromResult<TimeSpan?>(RetryDelay(args.Outcome.Exception, args.AttemptNumber, args.Context)),
                OnRetry = args =>
                {
                    Log.PacingRetry(_logger, Platform, args.AttemptNumber + 1, args.RetryDelay, args.Outcome.Exception?.Message ?? "no result");
                    return ValueTask.CompletedTask;
                },
            })
            .Build();
    }

    private bool ShouldRetry(Exception? exception, ResilienceContext context)
    {
        if (!TransientFailure.IsTransient(exception, context.CancellationToken))
        {
            return false;
        }

        // Past the wait limit the failure goes back to the outbox, which waits longer without holding a worker.
        var left = Deadline(context) - _timeProvider.GetUtcNow();
        var retryAfter = (exception as ChatDeliveryException)?.RetryAfter ?? TimeSpan.Zero;
        return left > TimeSpan.Zero && retryAfter <= left;
    }

    private TimeSpan RetryDelay(Exception? exception, int retry, ResilienceContext context)
    {
        if ((exception as ChatDeliveryException)?.RetryAfter is { } retryAfter)
        {
            return retryAfter;
        }

        var left = Deadline(context) - _timeProvider.GetUtcNow();
        var backoff = RetryBackoff.Delay(retry, TimeSpan.FromSeconds(_options.RetryBaseDelaySeconds), _random);
        return backoff < left ? backoff : left;
    }

    private static DateTimeOffset Deadline(ResilienceContext context) => context.Properties.GetValue(DeadlineKey, DateTimeOffset.MaxValue);
}

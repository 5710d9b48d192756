namespace NewsBot.Core.Delivery.Pacing;

/// <summary>Which failures of a send are worth another try in the same process.</summary>
internal static class TransientFailure
{
    /// <summary>
    /// True for a refusal that is not final, a network failure, or a timeout. A channel that is gone, and a
    /// send our own pacing gave up on, are never retried here; cancellation by the caller neither.
    /// </summary>
    public static bool IsTransient(Exception? exception, CancellationToken callerToken) => exception switch
    {
        // A send whose answer was lost is retried here only where a retry cannot post a second copy; otherwise the
        // outbox settles it by Delivery:OnUncertain.
        ChatDeliveryException refused => !refused.ChannelUnavailable && !refused.NotAttempted && (!refused.OutcomeUnknown || refused.RetryIsIdempotent),
        HttpRequestException or TimeoutException => true,

        // HttpClient reports its own timeout as a cancellation the caller did not ask for.
        OperationCanceledException => !callerToken.IsCancellationRequested,
        _ => false,
    };
}

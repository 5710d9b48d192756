using NewsBot.Core.Delivery;
using NewsBot.Discord.Rest;

namespace NewsBot.Discord.Messages;

/// <summary>
/// Which failures of a request that posts or edits leave its outcome unknown: a 5xx (Discord's or Cloudflare's), a
/// timeout, or a connection that broke after the request was written. The message may be posted; the outbox decides
/// whether to send again (<c>Delivery:OnUncertain</c>), unless the write is idempotent.
/// </summary>
internal static class UnknownOutcome
{
    public static async Task<T> WriteAsync<T>(bool idempotent, Func<Task<T>> write, CancellationToken cancellationToken)
    {
        try
        {
            return await write().ConfigureAwait(false);
        }
        catch (DiscordApiException ex) when (ex.IsServerError)
        {
            throw Unknown(ex.Message, ex, idempotent);
        }
        catch (HttpRequestException ex) when (!UnsentRequests.NeverSent(ex))
        {
            throw Unknown($"the connection to Discord broke before its answer: {ex.Message}", ex, idempotent);
        }
        catch (OperationCanceledException ex) when (!cancellationToken.IsCancellationRequested)
        {
            // HttpClient's own timeout: the request went out, its answer did not come back in time.
            throw Unknown("Discord did not answer within the request timeout", ex, idempotent);
        }
    }

    private static ChatDeliveryException Unknown(string message, Exception inner, bool idempotent) =>
        new(message, inner) { OutcomeUnknown = true, RetryIsIdempotent = idempotent };
}

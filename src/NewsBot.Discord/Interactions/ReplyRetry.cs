using Microsoft.Extensions.Logging;
using NewsBot.Discord.Rest;

namespace NewsBot.Discord.Interactions;

/// <summary>
/// Sends one step of a command's reply (the callback, the edit of the deferred response, a follow-up, a deletion)
/// and, when Discord or Cloudflare answers with a 5xx or the connection breaks, tries it again with exponential
/// backoff, <see cref="Tries"/> times at most. A retry that finds its step already done (the first try took effect
/// but its answer was lost) counts as done.
/// </summary>
internal sealed class ReplyRetry(TimeProvider timeProvider, ILogger logger)
{
    public const int Tries = 4;

    /// <param name="step">What is sent, for the log.</param>
    /// <param name="interactionId">The interaction answered.</param>
    /// <param name="firstDelay">The wait before the second try; each next wait doubles it.</param>
    /// <param name="send">The request.</param>
    /// <param name="alreadyDone">On a retry, the refusals that mean the lost first try worked (40060 for a callback).</param>
    /// <param name="cancellationToken">Stops waiting and sending.</param>
    public async Task SendAsync(
        string step, string interactionId, TimeSpan firstDelay, Func<Task> send, Func<DiscordApiException, bool>? alreadyDone, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await send().ConfigureAwait(false);
                return;
            }
            catch (DiscordApiException ex) when (attempt > 1 && alreadyDone?.Invoke(ex) == true)
            {
                return;
            }
            catch (Exception ex) when (attempt < Tries && IsTransient(ex, cancellationToken))
            {
                var delay = firstDelay * Math.Pow(2, attempt - 1);
                Log.ReplyRetry(logger, step, interactionId, attempt, Tries, delay, ex.Message);
                await Task.Delay(delay, timeProvider, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    private static bool IsTransient(Exception exception, CancellationToken cancellationToken) => exception switch
    {
        DiscordApiException refused => refused.IsServerError,
        HttpRequestException => true,

        // HttpClient's own timeout, not a stop.
        OperationCanceledException => !cancellationToken.IsCancellationRequested,
        _ => false,
    };
}

using System.Globalization;
using Microsoft.Extensions.Options;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Requests;
using Telegram.Bot.Requests.Abstractions;

namespace NewsBot.Telegram.Api;

/// <summary>
/// Our boundary around Telegram.Bot's <see cref="TelegramBotClient"/>: every call goes through the named
/// <see cref="HttpClient"/> (so the factory's handlers, and tests' crash points, apply), with the library's own
/// retries off (a 429 must reach our pacing and outbox, not be slept through), our own time limit per call, and
/// the token masked out of whatever escapes. Telegram's refusals stay <see cref="ApiRequestException"/>; a network
/// failure or an answer that is not the Bot API's is a <see cref="RequestException"/>; no answer in time is a
/// <see cref="TimeoutException"/>.
/// </summary>
internal sealed class BotApi(IHttpClientFactory httpClientFactory, IOptions<TelegramOptions> options)
{
    /// <summary>The named <see cref="HttpClient"/> every call goes through.</summary>
    public const string HttpClientName = "NewsBot.Telegram";

    private readonly TelegramOptions _settings = options.Value;
    private readonly TelegramBotClientOptions _clientOptions = new(options.Value.Token, options.Value.ApiBaseUrl.AbsoluteUri.TrimEnd('/')) { RetryCount = 0 };
    private readonly TokenMask _mask = new(options.Value.Token);

    /// <summary>
    /// Makes a call within its time limit: <see cref="TelegramOptions.SendTimeoutSeconds"/> for one that posts or
    /// edits a message, <see cref="TelegramOptions.RequestTimeoutSeconds"/> for the others, a long poll's own wait
    /// on top of it.
    /// </summary>
    public async Task<TResponse> CallAsync<TResponse>(IRequest<TResponse> request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var method = request.MethodName;
        var timeout = TimeSpan.FromSeconds(request switch
        {
            SendMessageRequest or EditMessageTextRequest => _settings.SendTimeoutSeconds,
            UpdatesRequest poll => _settings.RequestTimeoutSeconds + poll.Timeout,
            _ => _settings.RequestTimeoutSeconds,
        });
        using var timeoutSource = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeoutSource.CancelAfter(timeout);

        // A client per call, on a client from the factory: cheap, and the factory keeps rotating its handlers.
        var client = new TelegramBotClient(_clientOptions, httpClientFactory.CreateClient(HttpClientName), CancellationToken.None);
        try
        {
            return await client.SendRequest(request, timeoutSource.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw new TimeoutException($"Telegram {method} got no answer within {timeout.TotalSeconds.ToString(CultureInfo.InvariantCulture)} s.");
        }
        catch (ApiRequestException ex) when (_mask.Apply(ex.Message) is var description && description != ex.Message)
        {
            // A refusal whose description echoes the token. Refusals are not logged here: each caller logs what one
            // means to it (a poll's conflict, a reply's refused chat, an edit that falls back…), at the level it deserves.
            throw new ApiRequestException(description, ex.ErrorCode, ex.Parameters);
        }
        catch (RequestException ex) when (ex is not ApiRequestException)
        {
            throw Masked(method, ex);
        }
    }

    /// <summary>
    /// The library words a network failure as "Bot API Service Failure: {the HttpRequestException's message}",
    /// which may hold the request's URL and so the token: the message is masked, and an inner exception that
    /// holds it is replaced by a masked copy that keeps what the caller needs (its <see cref="HttpRequestError"/>).
    /// </summary>
    private RequestException Masked(string method, RequestException ex)
    {
        var inner = ex.InnerException is HttpRequestException http
            ? new HttpRequestException(http.HttpRequestError, _mask.Apply(http.Message), _mask.SafeInner(http.InnerException ?? http), http.StatusCode)
            : _mask.SafeInner(ex.InnerException);
        var message = $"Telegram {method} failed: {_mask.Apply(ex.Message)}";

        // Exception takes a null inner exception; the library's constructors only forgot to say so.
        return ex.HttpStatusCode is { } status ? new RequestException(message, status, inner!) : new RequestException(message, inner!);
    }
}

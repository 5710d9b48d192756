using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace NewsBot.Telegram.Api;

/// <summary>
/// A thin typed client of the Bot API: POSTs JSON to <c>{ApiBaseUrl}/bot{token}/{method}</c> and unwraps the
/// envelope. <c>ok:false</c> becomes <see cref="BotApiException"/>; network failures stay
/// <see cref="HttpRequestException"/> and timeouts <see cref="TimeoutException"/>, with the token masked.
/// </summary>
internal sealed class BotApiClient
{
    /// <summary>The named <see cref="HttpClient"/> every call goes through.</summary>
    public const string HttpClientName = "NewsBot.Telegram";

    private static readonly BotApiJsonContext Json = BotApiJsonContext.Default;

    private readonly IHttpClientFactory _httpClientFactory;
    private readonly TelegramOptions _options;
    private readonly TokenMask _mask;
    private readonly string _methodPrefix;
    private readonly ILogger _logger;

    public BotApiClient(IHttpClientFactory httpClientFactory, IOptions<TelegramOptions> options, ILogger<BotApiClient> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        _httpClientFactory = httpClientFactory;
        _options = options.Value;
        _logger = logger;
        _mask = new TokenMask(_options.Token);
        _methodPrefix = _options.ApiBaseUrl.AbsoluteUri.TrimEnd('/') + "/bot" + _options.Token + "/";
    }

    public Task<User> GetMeAsync(CancellationToken cancellationToken) =>
        CallAsync("getMe", new EmptyRequest(), Json.EmptyRequest, Json.ApiResponseUser, cancellationToken);

    /// <summary>
    /// A long poll: waits up to <see cref="GetUpdatesRequest.Timeout"/> seconds for updates after <c>offset</c>.
    /// Each update is read on its own: one with a field the bot cannot read comes back unreadable, with its id
    /// when that much can be read, instead of making the whole answer unreadable and every later poll fail.
    /// </summary>
    public async Task<IReadOnlyList<ReceivedUpdate>> GetUpdatesAsync(GetUpdatesRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var elements = await CallAsync(
            "getUpdates", request, Json.GetUpdatesRequest, Json.ApiResponseIReadOnlyListJsonElement, cancellationToken, TimeSpan.FromSeconds(request.Timeout))
            .ConfigureAwait(false);
        return [.. elements.Select(ReadUpdate)];
    }

    private static ReceivedUpdate ReadUpdate(JsonElement element)
    {
        long? id = element.ValueKind == JsonValueKind.Object
            && element.TryGetProperty("update_id", out var idElement)
            && idElement.TryGetInt64(out var value) ? value : null;
        try
        {
            return element.Deserialize(Json.Update) is { } update && id is not null
                ? ReceivedUpdate.Read(update)
                : ReceivedUpdate.Unreadable(id, "no update_id");
        }
        catch (JsonException ex)
        {
            return ReceivedUpdate.Unreadable(id, ex.Message);
        }
    }

    public Task<Message> SendMessageAsync(SendMessageRequest request, CancellationToken cancellationToken) =>
        CallAsync("sendMessage", request, Json.SendMessageRequest, Json.ApiResponseMessage, cancellationToken);

    /// <summary>Edits a message; an edit that changes nothing counts as done.</summary>
    public async Task EditMessageTextAsync(EditMessageTextRequest request, CancellationToken cancellationToken)
    {
        try
        {
            // The result is the Message, or true for inline messages: neither is needed.
            await CallAsync("editMessageText", request, Json.EditMessageTextRequest, Json.ApiResponseJsonElement, cancellationToken).ConfigureAwait(false);
        }
        catch (BotApiException ex) when (ex.IsNotModified)
        {
        }
    }

    public Task<ChatMember> GetChatMemberAsync(GetChatMemberRequest request, CancellationToken cancellationToken) =>
        CallAsync("getChatMember", request, Json.GetChatMemberRequest, Json.ApiResponseChatMember, cancellationToken);

    public Task<bool> AnswerCallbackQueryAsync(AnswerCallbackQueryRequest request, CancellationToken cancellationToken) =>
        CallAsync("answerCallbackQuery", request, Json.AnswerCallbackQueryRequest, Json.ApiResponseBoolean, cancellationToken);

    public Task<bool> SetMyCommandsAsync(SetMyCommandsRequest request, CancellationToken cancellationToken) =>
        CallAsync("setMyCommands", request, Json.SetMyCommandsRequest, Json.ApiResponseBoolean, cancellationToken);

    private async Task<TResult> CallAsync<TRequest, TResult>(
        string method,
        TRequest request,
        JsonTypeInfo<TRequest> requestInfo,
        JsonTypeInfo<ApiResponse<TResult>> responseInfo,
        CancellationToken cancellationToken,
        TimeSpan extraTime = default)
    {
        var timeout = TimeSpan.FromSeconds(_options.RequestTimeoutSeconds) + extraTime;
        using var timeoutSource = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeoutSource.CancelAfter(timeout);
        var client = _httpClientFactory.CreateClient(HttpClientName);
        try
        {
            using var content = JsonContent.Create(request, requestInfo);
            using var response = await client.PostAsync(new Uri(_methodPrefix + method), content, timeoutSource.Token).ConfigureAwait(false);
            var body = await response.Content.ReadAsByteArrayAsync(timeoutSource.Token).ConfigureAwait(false);
            var envelope = Parse(body, responseInfo);
            if (envelope is { Ok: true, Result: not null })
            {
                return envelope.Result;
            }

            var code = envelope?.ErrorCode ?? (int)response.StatusCode;
            var description = _mask.Apply(envelope?.Description ?? $"HTTP {(int)response.StatusCode} without a Bot API answer");
            var retryAfter = envelope?.Parameters?.RetryAfter is { } seconds ? TimeSpan.FromSeconds(seconds) : (TimeSpan?)null;
            Log.ApiCallFailed(_logger, method, code, description);
            throw new BotApiException(method, code, description, retryAfter, envelope?.Parameters?.MigrateToChatId);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw new TimeoutException($"Telegram {method} got no answer within {timeout.TotalSeconds.ToString(CultureInfo.InvariantCulture)} s.");
        }
        catch (HttpRequestException ex)
        {
            throw new HttpRequestException($"Telegram {method} failed: {_mask.Apply(ex.Message)}", _mask.SafeInner(ex.InnerException ?? ex), ex.StatusCode);
        }
    }

    private static ApiResponse<TResult>? Parse<TResult>(byte[] body, JsonTypeInfo<ApiResponse<TResult>> responseInfo)
    {
        try
        {
            return body.Length == 0 ? null : JsonSerializer.Deserialize(body, responseInfo);
        }
        catch (JsonException)
        {
            // A proxy's HTML error page, or a truncated body: reported by HTTP status.
            return null;
        }
    }
}

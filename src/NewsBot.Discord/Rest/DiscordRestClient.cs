using System.Globalization;
using System.Net;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NewsBot.Discord.Json;

namespace NewsBot.Discord.Rest;

/// <summary>
/// The one way the bot calls Discord's REST API: every request waits for its rate-limit bucket and the
/// global limit, a 429 is waited out and retried, and the invalid-request budget is watched. A 401 means the
/// token is wrong or was reset: the bot stops rather than keep sending refused requests.
/// </summary>
internal sealed class DiscordRestClient(
    HttpClient http,
    DiscordRateLimiter limiter,
    InvalidRequestGuard guard,
    IOptions<DiscordOptions> options,
    IHostApplicationLifetime lifetime,
    ILogger<DiscordRestClient> logger)
{
    public const string HttpClientName = "Discord";

    private int _unauthorized;

    public static void Configure(HttpClient client, DiscordOptions options)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(options);
        var baseUrl = options.ApiBaseUrl.ToString();
        client.BaseAddress = new Uri(baseUrl.EndsWith('/') ? baseUrl : baseUrl + "/");
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bot", options.Token);
        client.DefaultRequestHeaders.UserAgent.ParseAdd("DiscordBot (https://github.com/newsbot/newsbot, 0.1)");
        client.Timeout = TimeSpan.FromSeconds(30);
    }

    public async Task<TResponse> SendAsync<TRequest, TResponse>(
        HttpMethod method, string path, TRequest body, JsonTypeInfo<TRequest> request, JsonTypeInfo<TResponse> response, CancellationToken cancellationToken)
    {
        var bytes = await SendCoreAsync(method, path, JsonSerializer.SerializeToUtf8Bytes(body, request), cancellationToken).ConfigureAwait(false);
        return JsonSerializer.Deserialize(bytes, response)
            ?? throw new DiscordApiException(HttpStatusCode.OK, null, $"Discord answered {RouteKey.From(method, path)} with an empty body");
    }

    public async Task SendAsync<TRequest>(HttpMethod method, string path, TRequest body, JsonTypeInfo<TRequest> request, CancellationToken cancellationToken) =>
        await SendCoreAsync(method, path, JsonSerializer.SerializeToUtf8Bytes(body, request), cancellationToken).ConfigureAwait(false);

    public async Task DeleteAsync(string path, CancellationToken cancellationToken) =>
        await SendCoreAsync(HttpMethod.Delete, path, null, cancellationToken).ConfigureAwait(false);

    public async Task<TResponse> GetAsync<TResponse>(string path, JsonTypeInfo<TResponse> response, CancellationToken cancellationToken)
    {
        var bytes = await SendCoreAsync(HttpMethod.Get, path, null, cancellationToken).ConfigureAwait(false);
        return JsonSerializer.Deserialize(bytes, response)
            ?? throw new DiscordApiException(HttpStatusCode.OK, null, $"Discord answered GET {path} with an empty body");
    }

    private async Task<byte[]> SendCoreAsync(HttpMethod method, string path, byte[]? body, CancellationToken cancellationToken)
    {
        var route = RouteKey.From(method, path);
        if (Volatile.Read(ref _unauthorized) != 0)
        {
            // Every further request would be another 401 counted against the IP.
            throw new DiscordApiException(HttpStatusCode.Unauthorized, null, "Discord rejected the bot token (401); requests are stopped");
        }

        var settings = options.Value;
        var maxWait = TimeSpan.FromSeconds(settings.MaxRateLimitWaitSeconds);
        for (var attempt = 0; ; attempt++)
        {
            await WaitForInvalidBudgetAsync(cancellationToken).ConfigureAwait(false);
            using var lease = await limiter.AcquireAsync(route, maxWait, cancellationToken).ConfigureAwait(false);
            using var message = new HttpRequestMessage(method, path.TrimStart('/'));
            if (body is not null)
            {
                message.Content = new ByteArrayContent(body);
                message.Content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
            }

            using var answer = await http.SendAsync(message, cancellationToken).ConfigureAwait(false);
            var headers = RateLimitHeaders.From(answer.Headers);
            lease.Update(headers);
            var content = await answer.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
            if (answer.IsSuccessStatusCode)
            {
                return content;
            }

            var error = ReadError(content);
            switch (answer.StatusCode)
            {
                case HttpStatusCode.TooManyRequests:
                    var retryAfter = RetryAfter(error, answer);
                    var global = headers.Global || error?.Global == true || headers.Scope == "global";
                    if (headers.Scope != "shared")
                    {
                        CountInvalid();
                    }

                    if (global)
                    {
                        limiter.HoldGlobal(retryAfter);
                    }
                    else
                    {
                        lease.Hold(retryAfter);
                    }

                    Log.RateLimited(logger, route.Template, headers.Scope ?? (global ? "global" : "user"), retryAfter.TotalSeconds, attempt + 1);
                    if (attempt >= settings.MaxRateLimitRetries || retryAfter > maxWait)
                    {
                        throw new DiscordApiException(HttpStatusCode.TooManyRequests, error?.Code, $"Discord kept rate-limiting {route.Template}")
                        {
                            RetryAfter = retryAfter,
                            GlobalLimit = global,
                        };
                    }

                    continue;
                case HttpStatusCode.Unauthorized:
                    CountInvalid();
                    if (Interlocked.Exchange(ref _unauthorized, 1) == 0)
                    {
                        Log.Unauthorized(logger, route.Template);
                        lifetime.StopApplication();
                    }

                    throw new DiscordApiException(answer.StatusCode, error?.Code, "Discord rejected the bot token (401 Unauthorized)");
                case HttpStatusCode.Forbidden:
                    CountInvalid();
                    break;
            }

            var text = string.Create(
                CultureInfo.InvariantCulture,
                $"Discord refused {route.Template}: {(int)answer.StatusCode} {error?.Message ?? answer.ReasonPhrase}{(error?.Code is { } code ? $" (code {code})" : "")}");
            throw new DiscordApiException(answer.StatusCode, error?.Code, text);
        }
    }

    private async Task WaitForInvalidBudgetAsync(CancellationToken cancellationToken)
    {
        var wait = guard.Wait();
        if (wait > TimeSpan.Zero)
        {
            Log.InvalidBudgetHold(logger, options.Value.InvalidRequestBudget, wait.TotalSeconds);
            await Task.Delay(wait, limiter.TimeProvider, cancellationToken).ConfigureAwait(false);
        }
    }

    private void CountInvalid()
    {
        if (guard.Record())
        {
            Log.InvalidBudgetReached(logger, options.Value.InvalidRequestBudget);
        }
    }

    private static TimeSpan RetryAfter(DiscordErrorDto? error, HttpResponseMessage answer)
    {
        var seconds = error?.RetryAfter
            ?? (answer.Headers.RetryAfter?.Delta is { } delta ? delta.TotalSeconds : 1);
        return TimeSpan.FromSeconds(Math.Clamp(seconds, 0, 3600));
    }

    private static DiscordErrorDto? ReadError(byte[] content)
    {
        try
        {
            return content.Length == 0 ? null : JsonSerializer.Deserialize(content, DiscordJsonContext.Default.DiscordErrorDto);
        }
        catch (JsonException)
        {
            // Cloudflare and proxies answer in HTML; the status code says enough.
            return null;
        }
    }
}

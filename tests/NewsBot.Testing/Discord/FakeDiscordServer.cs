using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;

namespace NewsBot.Testing.Discord;

/// <summary>
/// A fake of Discord's API v10 on 127.0.0.1, faithful to what the bot relies on: bot-token auth (401 otherwise),
/// rate-limit headers and per-channel message buckets that answer 429 when overrun, scripted 429s (route or
/// global), JSON error codes, embed-limit validation (400 50035), message nonces with <c>enforce_nonce</c>,
/// forum posts, command registration, interaction callbacks (one per interaction) and webhook follow-ups,
/// and a gateway WebSocket (<see cref="Gateway"/>).
/// </summary>
public sealed class FakeDiscordServer : IAsyncDisposable
{
    public const string Token = "fake-bot-token";
    public const string ApplicationId = "400000000000000001";

    private readonly WebApplication _app;
    private readonly ConcurrentDictionary<string, int> _channels = new();
    private readonly ConcurrentDictionary<string, (HttpStatusCode Status, int Code, string Message)> _channelErrors = new();
    private readonly ConcurrentDictionary<string, FakeDiscordMessage> _messages = new();
    private readonly ConcurrentQueue<FakeInteractionAnswer> _answers = new();
    private readonly ConcurrentQueue<FakeDiscordRequest> _requests = new();
    private readonly ConcurrentQueue<FakeRateLimit> _scriptedMessageLimits = new();
    private readonly ConcurrentQueue<FakeFailure> _scriptedFailures = new();
    private readonly ConcurrentDictionary<string, bool> _deletedOriginals = new();
    private readonly ConcurrentDictionary<string, (int Used, DateTimeOffset ResetAt)> _buckets = new();
    private readonly Lock _lock = new();
    private readonly Queue<DateTimeOffset> _recent = new();
    private long _nextId = 900_000_000_000_000_000;

    private FakeDiscordServer(WebApplication app)
    {
        _app = app;
        Gateway = new FakeDiscordGateway(this);
    }

    public Uri BaseAddress { get; private set; } = null!;

    /// <summary>The REST base the bot is configured with, like <c>https://discord.com/api/v10</c>.</summary>
    public Uri ApiBaseUrl => new(BaseAddress, "api/v10");

    public Uri GatewayUrl => new UriBuilder(BaseAddress) { Scheme = "ws", Path = "gateway" }.Uri;

    public FakeDiscordGateway Gateway { get; }

    /// <summary>Messages allowed per channel per <see cref="MessageBucketWindow"/> before a 429. Default 5.</summary>
    public int MessageBucketLimit { get; set; } = 5;

    public TimeSpan MessageBucketWindow { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>The fake's clock for timestamps and buckets; real time unless a test changes it.</summary>
    public TimeProvider Clock { get; set; } = TimeProvider.System;

    /// <summary>What <c>GET /gateway/bot</c> says is left of the day's 1000 identifies. Default 1000.</summary>
    public int SessionStartsRemaining { get; set; } = 1000;

    public TimeSpan SessionStartsResetAfter { get; set; } = TimeSpan.FromHours(1);

    /// <summary>How long an interaction callback takes to answer (to test the 3 s window). Default none.</summary>
    public TimeSpan CallbackDelay { get; set; }

    public IReadOnlyList<FakeDiscordMessage> Messages => _messages.Values.OrderBy(m => m.Id, StringComparer.Ordinal).ToList();

    public IReadOnlyList<FakeInteractionAnswer> Answers => _answers.ToArray();

    public IReadOnlyList<FakeDiscordRequest> Requests => _requests.ToArray();

    /// <summary>The last body of each command registration (PUT), by path.</summary>
    public ConcurrentDictionary<string, JsonArray> RegisteredCommands { get; } = new();

    /// <summary>429s the fake sent because a client overran a bucket (not the scripted ones).</summary>
    public int BucketViolations { get; private set; }

    /// <summary>Requests over Discord's global limit (50 in any second; interaction answers exempt), answered 429.</summary>
    public int GlobalViolations { get; private set; }

    /// <summary>Requests per second before the global 429. Default 50, as Discord.</summary>
    public int GlobalLimit { get; set; } = 50;

    public static async Task<FakeDiscordServer> StartAsync(CancellationToken cancellationToken)
    {
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.WebHost.UseKestrelCore().ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        builder.Services.AddRouting();
        var app = builder.Build();
        var server = new FakeDiscordServer(app);
        app.UseWebSockets();
        app.Run(server.HandleAsync);
        await app.StartAsync(cancellationToken).ConfigureAwait(false);
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single();
        server.BaseAddress = new Uri(address.EndsWith('/') ? address : address + "/");
        return server;
    }

    /// <summary>A channel the bot can see: type 0 text, 11 public thread, 15 forum.</summary>
    public void AddChannel(string id, int type = 0) => _channels[id] = type;

    /// <summary>Every request about this channel fails, e.g. 403 with 50013 Missing Permissions.</summary>
    public void FailChannel(string id, HttpStatusCode status, int code, string message) => _channelErrors[id] = (status, code, message);

    /// <summary>The next message creations are answered 429 in this order.</summary>
    public void ScriptMessageRateLimits(params FakeRateLimit[] limits)
    {
        foreach (var limit in limits)
        {
            _scriptedMessageLimits.Enqueue(limit);
        }
    }

    /// <summary>
    /// The next request whose method and path (after <c>api/v10/</c>) start so is answered with this status (a 502
    /// from Cloudflare, say). With <paramref name="afterApplying"/> the request takes effect first, so the answer
    /// is lost but the message was posted.
    /// </summary>
    public void FailNext(string method, string pathPrefix, HttpStatusCode status, bool afterApplying = false) =>
        _scriptedFailures.Enqueue(new FakeFailure(method, pathPrefix, status, afterApplying));

    /// <summary>Interactions whose original response the bot deleted.</summary>
    public IReadOnlyCollection<string> DeletedOriginals => _deletedOriginals.Keys.ToList();

    public IReadOnlyList<FakeDiscordMessage> MessagesIn(string channelId) => Messages.Where(m => m.ChannelId == channelId).ToList();

    internal string NextId()
    {
        lock (_lock)
        {
            return (++_nextId).ToString(CultureInfo.InvariantCulture);
        }
    }

    internal void Record(FakeInteractionAnswer answer) => _answers.Enqueue(answer);

    private async Task HandleAsync(HttpContext context)
    {
        var path = context.Request.Path.Value ?? "/";
        if (path == "/gateway")
        {
            await Gateway.AcceptAsync(context).ConfigureAwait(false);
            return;
        }

        if (!path.StartsWith("/api/v10/", StringComparison.Ordinal))
        {
            context.Response.StatusCode = 404;
            return;
        }

        var segments = path["/api/v10/".Length..].Trim('/').Split('/');
        var method = context.Request.Method;
        var failure = TakeScriptedFailure(method, string.Join('/', segments));
        var (status, body, headers) = failure is { AfterApplying: false }
            ? (failure.Status, Error(0, $"{(int)failure.Status}: scripted failure"), [])
            : await RouteAsync(context, method, segments).ConfigureAwait(false);
        if (failure is { AfterApplying: true })
        {
            (status, body, headers) = (failure.Status, Error(0, $"{(int)failure.Status}: scripted failure after the request took effect"), []);
        }

        _requests.Enqueue(new FakeDiscordRequest(method, "/" + string.Join('/', segments), (int)status, Clock.GetUtcNow()));
        context.Response.StatusCode = (int)status;
        foreach (var (name, value) in headers)
        {
            context.Response.Headers[name] = value;
        }

        if (body is not null)
        {
            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync(body.ToJsonString(), context.RequestAborted).ConfigureAwait(false);
        }
    }

    private async Task<(HttpStatusCode, JsonNode?, List<(string, string)>)> RouteAsync(HttpContext context, string method, string[] s)
    {
        var headers = new List<(string, string)>();
        if (context.Request.Headers.Authorization.ToString() != "Bot " + Token)
        {
            return (HttpStatusCode.Unauthorized, Error(0, "401: Unauthorized"), headers);
        }

        if (s is not (["interactions", ..] or ["webhooks", ..]) && OverGlobalLimit())
        {
            headers.Add(("X-RateLimit-Global", "true"));
            headers.Add(("X-RateLimit-Scope", "global"));
            return (HttpStatusCode.TooManyRequests, new JsonObject { ["message"] = "You are being rate limited.", ["retry_after"] = 1.0, ["global"] = true }, headers);
        }

        var node = context.Request.ContentLength is > 0 || context.Request.Headers.TransferEncoding.Count > 0
            ? await JsonNode.ParseAsync(context.Request.Body, cancellationToken: context.RequestAborted).ConfigureAwait(false)
            : null;
        var request = node as JsonObject;
        switch (s)
        {
            case ["gateway", "bot"] when method == "GET":
                return (HttpStatusCode.OK, new JsonObject
                {
                    ["url"] = GatewayUrl.AbsoluteUri.TrimEnd('/'),
                    ["shards"] = 1,
                    ["session_start_limit"] = new JsonObject
                    {
                        ["total"] = 1000,
                        ["remaining"] = SessionStartsRemaining,
                        ["reset_after"] = (long)SessionStartsResetAfter.TotalMilliseconds,
                        ["max_concurrency"] = 1,
                    },
                }, headers);
            case ["applications", ApplicationId, "commands"] or ["applications", ApplicationId, "guilds", _, "commands"] when method == "PUT":
                RegisteredCommands[string.Join('/', s)] = node as JsonArray ?? [];
                return (HttpStatusCode.OK, new JsonArray(), headers);
            case ["interactions", var id, _, "callback"] when method == "POST":
                await Task.Delay(CallbackDelay, context.RequestAborted).ConfigureAwait(false);
                if (_answers.Any(a => a.InteractionId == id && !a.IsFollowUp))
                {
                    return (HttpStatusCode.BadRequest, Error(40060, "Interaction has already been acknowledged."), headers);
                }

                Record(new FakeInteractionAnswer(id, (int?)request?["type"], request!, Clock.GetUtcNow(), false));
                return (HttpStatusCode.NoContent, null, headers);
            case ["webhooks", ApplicationId, var token, "messages", "@original"] when method == "DELETE":
                var deletedFor = Gateway.InteractionIdForToken(token) ?? token;
                if (!_answers.Any(a => a.InteractionId == deletedFor && !a.IsFollowUp) || !_deletedOriginals.TryAdd(deletedFor, true))
                {
                    return (HttpStatusCode.NotFound, Error(10008, "Unknown Message"), headers);
                }

                return (HttpStatusCode.NoContent, null, headers);
            case ["webhooks", ApplicationId, var token] when method == "POST":
                // Discord: a follow-up that directly follows a type-5 deferral edits the loading message instead,
                // and the deferral's visibility stays.
                var followUpFor = Gateway.InteractionIdForToken(token) ?? token;
                var deferral = _answers.FirstOrDefault(a => a.InteractionId == followUpFor && !a.IsFollowUp);
                var replacesLoading = deferral is { Type: 5 } && !_deletedOriginals.ContainsKey(followUpFor)
                    && !_answers.Any(a => a.InteractionId == followUpFor && a.IsFollowUp);
                var followUp = (JsonObject)request!.DeepClone();
                if (replacesLoading)
                {
                    followUp["flags"] = deferral!.Flags;
                }

                Record(new FakeInteractionAnswer(followUpFor, null, followUp, Clock.GetUtcNow(), true) { IsNewMessage = !replacesLoading });
                return (HttpStatusCode.OK, new JsonObject { ["id"] = NextId() }, headers);
            case ["webhooks", ApplicationId, var token, "messages", "@original"] when method == "PATCH":
                var interaction = Gateway.InteractionIdForToken(token);
                Record(new FakeInteractionAnswer(interaction ?? token, null, request!, Clock.GetUtcNow(), true));
                return (HttpStatusCode.OK, new JsonObject { ["id"] = NextId() }, headers);
            case ["channels", var channel, ..]:
                return ChannelRoute(method, s, channel, request, headers);
            default:
                return (HttpStatusCode.NotFound, Error(0, "404: Not Found"), headers);
        }
    }

    private (HttpStatusCode, JsonNode?, List<(string, string)>) ChannelRoute(string method, string[] s, string channel, JsonObject? request, List<(string, string)> headers)
    {
        if (_channelErrors.TryGetValue(channel, out var failure))
        {
            return (failure.Status, Error(failure.Code, failure.Message), headers);
        }

        if (!_channels.TryGetValue(channel, out var type))
        {
            return (HttpStatusCode.NotFound, Error(10003, "Unknown Channel"), headers);
        }

        switch (s)
        {
            case [_, _] when method == "GET":
                return (HttpStatusCode.OK, new JsonObject { ["id"] = channel, ["type"] = type }, headers);
            case [_, _, "messages"] when method == "POST":
                if (type is 15 or 16)
                {
                    return (HttpStatusCode.BadRequest, Error(50008, "Cannot send messages in a non-text channel"), headers);
                }

                return CreateMessage(channel, request!, headers);
            case [_, _, "threads"] when method == "POST" && type is 15 or 16:
                var thread = NextId();
                _channels[thread] = 11;
                var (status, created, _) = CreateMessage(thread, (JsonObject)request!["message"]!.DeepClone(), headers, thread);
                return status == HttpStatusCode.OK
                    ? (HttpStatusCode.Created, new JsonObject { ["id"] = thread, ["type"] = 11, ["parent_id"] = channel, ["message"] = created }, headers)
                    : (status, created, headers);
            case [_, _, "messages", var id] when method == "PATCH":
                if (!_messages.TryGetValue(id, out var message) || message.ChannelId != channel)
                {
                    return (HttpStatusCode.NotFound, Error(10008, "Unknown Message"), headers);
                }

                if (EmbedProblem(request!) is { } problem)
                {
                    return (HttpStatusCode.BadRequest, Error(50035, problem), headers);
                }

                _messages[id] = message with { Body = request!, Edits = message.Edits + 1 };
                return (HttpStatusCode.OK, new JsonObject { ["id"] = id, ["channel_id"] = channel }, headers);
            default:
                return (HttpStatusCode.NotFound, Error(0, "404: Not Found"), headers);
        }
    }

    private (HttpStatusCode, JsonNode?, List<(string, string)>) CreateMessage(string channel, JsonObject request, List<(string, string)> headers, string? id = null)
    {
        if (_scriptedMessageLimits.TryDequeue(out var scripted))
        {
            headers.Add(("Retry-After", Math.Ceiling(scripted.RetryAfterSeconds).ToString(CultureInfo.InvariantCulture)));
            headers.Add(("X-RateLimit-Scope", scripted.Scope));
            if (scripted.Global)
            {
                headers.Add(("X-RateLimit-Global", "true"));
            }
            else
            {
                headers.Add(("X-RateLimit-Bucket", "messages-bucket"));
            }

            return (HttpStatusCode.TooManyRequests, new JsonObject
            {
                ["message"] = "You are being rate limited.",
                ["retry_after"] = scripted.RetryAfterSeconds,
                ["global"] = scripted.Global,
            }, headers);
        }

        var now = Clock.GetUtcNow();
        int used;
        DateTimeOffset resetAt;
        lock (_lock)
        {
            var bucket = _buckets.GetValueOrDefault(channel);
            if (now >= bucket.ResetAt)
            {
                bucket = (0, now + MessageBucketWindow);
            }

            bucket.Used++;
            _buckets[channel] = bucket;
            (used, resetAt) = bucket;
        }

        var resetAfter = Math.Max(0, (resetAt - now).TotalSeconds).ToString("0.000", CultureInfo.InvariantCulture);
        headers.Add(("X-RateLimit-Bucket", "messages-bucket"));
        headers.Add(("X-RateLimit-Limit", MessageBucketLimit.ToString(CultureInfo.InvariantCulture)));
        headers.Add(("X-RateLimit-Remaining", Math.Max(0, MessageBucketLimit - used).ToString(CultureInfo.InvariantCulture)));
        headers.Add(("X-RateLimit-Reset-After", resetAfter));
        if (used > MessageBucketLimit)
        {
            BucketViolations++;
            headers.Add(("X-RateLimit-Scope", "user"));
            return (HttpStatusCode.TooManyRequests, new JsonObject { ["message"] = "You are being rate limited.", ["retry_after"] = double.Parse(resetAfter, CultureInfo.InvariantCulture), ["global"] = false }, headers);
        }

        if (EmbedProblem(request) is { } problem)
        {
            return (HttpStatusCode.BadRequest, Error(50035, problem), headers);
        }

        var nonce = request["nonce"]?.ToString();
        if (nonce is not null && (bool?)request["enforce_nonce"] == true
            && _messages.Values.FirstOrDefault(m => m.ChannelId == channel && m.Nonce == nonce) is { } existing)
        {
            return (HttpStatusCode.OK, new JsonObject { ["id"] = existing.Id, ["channel_id"] = channel, ["nonce"] = nonce }, headers);
        }

        id ??= NextId();
        _messages[id] = new FakeDiscordMessage(id, channel, request, nonce);
        return (HttpStatusCode.OK, new JsonObject { ["id"] = id, ["channel_id"] = channel, ["nonce"] = nonce }, headers);
    }

    private FakeFailure? TakeScriptedFailure(string method, string path)
    {
        lock (_lock)
        {
            if (_scriptedFailures.TryPeek(out var next) && next.Method == method && path.StartsWith(next.PathPrefix, StringComparison.Ordinal))
            {
                _scriptedFailures.TryDequeue(out _);
                return next;
            }

            return null;
        }
    }

    private sealed record FakeFailure(string Method, string PathPrefix, HttpStatusCode Status, bool AfterApplying);

    private bool OverGlobalLimit()
    {
        lock (_lock)
        {
            var now = Clock.GetUtcNow();
            while (_recent.Count > 0 && now - _recent.Peek() >= TimeSpan.FromSeconds(1))
            {
                _recent.Dequeue();
            }

            if (_recent.Count >= GlobalLimit)
            {
                GlobalViolations++;
                return true;
            }

            _recent.Enqueue(now);
            return false;
        }
    }

    /// <summary>Discord's checks on a message body; null when it would be accepted.</summary>
    public static string? EmbedProblem(JsonObject body)
    {
        ArgumentNullException.ThrowIfNull(body);
        if (body["allowed_mentions"] is not JsonObject)
        {
            return "test fake: every message must set allowed_mentions";
        }

        var embeds = body["embeds"] as JsonArray ?? [];
        if (embeds.Count > 10)
        {
            return "embeds: more than 10";
        }

        var total = 0;
        foreach (var embed in embeds.OfType<JsonObject>())
        {
            int Len(JsonNode? n) => n?.ToString().Trim().Length ?? 0;
            var title = Len(embed["title"]);
            var description = Len(embed["description"]);
            var footer = Len(embed["footer"]?["text"]);
            var fields = embed["fields"] as JsonArray ?? [];
            if (title > 256 || description > 4096 || footer > 2048 || fields.Count > 25)
            {
                return "embed: a title, description, footer or field count over its limit";
            }

            foreach (var field in fields)
            {
                var name = Len(field?["name"]);
                var value = Len(field?["value"]);
                if (name is 0 or > 256 || value is 0 or > 1024)
                {
                    return "embed field: name 1-256 and value 1-1024 characters";
                }

                total += name + value;
            }

            total += title + description + footer;
        }

        return total > 6000 ? "embeds: more than 6000 characters in total" : null;
    }

    private static JsonObject Error(int code, string message) => new() { ["code"] = code, ["message"] = message };

    public async ValueTask DisposeAsync()
    {
        await Gateway.DisposeAsync().ConfigureAwait(false);
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(2));
        await _app.StopAsync(stop.Token).ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
    }

    internal static JsonSerializerOptions Json { get; } = new(JsonSerializerDefaults.Web);
}

using System.Net.WebSockets;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using NewsBot.Discord.Json;

namespace NewsBot.Discord.Gateway;

/// <summary>
/// One WebSocket connection to the gateway: Hello, heartbeats (the first after a random part of the interval),
/// Identify or Resume, then dispatches until the connection ends. A heartbeat not acknowledged before the next
/// one is due means a zombie connection: it is aborted (never closed with 1000/1001, which would end the session)
/// and resumed. One frame that cannot be read, or one dispatch whose handling throws, is logged with its sequence,
/// counted, and passed over: the connection goes on, and a resume does not ask for it again.
/// </summary>
internal sealed class GatewayConnection(
    DiscordOptions options,
    Func<string, JsonElement, long, Task> onEvent,
    TimeProvider timeProvider,
    Func<double> random,
    ILogger logger,
    DiscordMetrics? metrics = null) : IDisposable
{
    // GUILDS only: interactions come whatever the intents, and no privileged intent is needed.
    private const int Intents = 1;

    private readonly SemaphoreSlim _send = new(1, 1);

    public void Dispose() => _send.Dispose();

    /// <summary>Runs one connection to its end. <paramref name="session"/> null: Identify; else Resume it.</summary>
    public async Task<(GatewayOutcome Outcome, GatewaySession? Session)> RunAsync(Uri url, GatewaySession? session, CancellationToken cancellationToken)
    {
        using var socket = new ClientWebSocket();
        using var connection = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var ready = false;
        var zombie = false;
        Task? heartbeats = null;
        try
        {
            await socket.ConnectAsync(WithQuery(url), cancellationToken).ConfigureAwait(false);
            var acked = 1;
            while (true)
            {
                var frame = await ReceiveAsync(socket, connection.Token).ConfigureAwait(false);
                if (frame is null)
                {
                    var code = (int?)socket.CloseStatus ?? 0;
                    var next = GatewayCloseCodes.NextAfter(code);
                    return (new GatewayOutcome(next, $"closed with {code} ({GatewayCloseCodes.Meaning(code)})", ready, code), next == GatewayNext.Identify ? null : session);
                }

                if (Read(frame, session) is not { } payload)
                {
                    continue;
                }

                switch (payload.Op)
                {
                    case 10:
                        var interval = TimeSpan.FromMilliseconds(payload.D!.Value.Deserialize(DiscordJsonContext.Default.HelloDto)!.HeartbeatInterval);
                        heartbeats = HeartbeatAsync(socket, interval, () => session?.Sequence, () => Interlocked.Exchange(ref acked, 0) == 1, () => zombie = true, connection.Token);
                        await SendIdentifyOrResumeAsync(socket, session, connection.Token).ConfigureAwait(false);
                        break;
                    case 11:
                        Volatile.Write(ref acked, 1);
                        break;
                    case 1:
                        await SendAsync(socket, new HeartbeatPayload { D = session?.Sequence }, DiscordJsonContext.Default.HeartbeatPayload, connection.Token).ConfigureAwait(false);
                        break;
                    case 7:
                        Log.GatewayReconnectRequested(logger);
                        await CloseForResumeAsync(socket).ConfigureAwait(false);
                        return (new GatewayOutcome(GatewayNext.Resume, "Discord asked to reconnect", ready), session);
                    case 9:
                        var resumable = payload.D is { ValueKind: JsonValueKind.True };
                        Log.GatewayInvalidSession(logger, resumable);
                        await CloseForResumeAsync(socket).ConfigureAwait(false);
                        return resumable
                            ? (new GatewayOutcome(GatewayNext.Resume, "invalid session, resumable", ready), session)
                            : (new GatewayOutcome(GatewayNext.Identify, "invalid session", ready), null);
                    case 0:
                        session = OnDispatchSafely(payload, session, url);
                        ready |= payload.T is "READY" or "RESUMED";
                        break;
                }
            }
        }
        // ObjectDisposedException: the heartbeat aborted a zombie connection while this loop was between two
        // receives, so the next receive found the socket disposed rather than failing under the abort.
        catch (Exception ex) when (ex is WebSocketException or IOException or ObjectDisposedException or OperationCanceledException && !cancellationToken.IsCancellationRequested)
        {
            var reason = zombie ? "no heartbeat ACK (zombie connection)" : ex.Message;
            return (new GatewayOutcome(GatewayNext.Resume, reason, ready), session);
        }
        catch (Exception ex) when (ex is WebSocketException or IOException or ObjectDisposedException && cancellationToken.IsCancellationRequested)
        {
            // Stopping cancels a heartbeat mid-send, which aborts the socket under the pending receive: that
            // receive then fails on the aborted socket rather than with the cancellation. Either way, it stopped.
            throw new OperationCanceledException("the gateway connection was stopped", ex, cancellationToken);
        }
        finally
        {
            await connection.CancelAsync().ConfigureAwait(false);
            if (heartbeats is not null)
            {
                await heartbeats.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            }

            if (cancellationToken.IsCancellationRequested && socket.State == WebSocketState.Open)
            {
                // Shutting down: 1000 ends the session on Discord's side, as it should when the bot stops.
                using var closing = new CancellationTokenSource(TimeSpan.FromSeconds(2));
                await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, "shutting down", closing.Token).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            }
        }
    }

    /// <summary>The frame read, or null (logged, counted, its sequence taken) when it cannot be.</summary>
    private GatewayPayload? Read(byte[] frame, GatewaySession? session)
    {
        try
        {
            return JsonSerializer.Deserialize(frame, DiscordJsonContext.Default.GatewayPayload)
                ?? throw new JsonException("the frame is null");
        }
        catch (JsonException ex)
        {
            var sequence = SequenceOf(frame);
            Log.GatewayFrameUnreadable(logger, sequence, ex.Message);
            metrics?.Failed("unreadable");
            if (sequence is { } number && session is not null)
            {
                session.Sequence = number;
            }

            return null;
        }
    }

    private static int? SequenceOf(byte[] frame)
    {
        try
        {
            using var document = JsonDocument.Parse(frame);
            return document.RootElement.ValueKind == JsonValueKind.Object
                && document.RootElement.TryGetProperty("s", out var s)
                && s.TryGetInt32(out var sequence) ? sequence : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private GatewaySession? OnDispatchSafely(GatewayPayload payload, GatewaySession? session, Uri url)
    {
        try
        {
            return OnDispatch(payload, session, url);
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException)
        {
            // A READY that cannot be read leaves no session; the next connection identifies again.
            Log.GatewayEventFailed(logger, payload.T ?? "?", payload.S, ex);
            metrics?.Failed("unreadable");
            if (payload.S is { } sequence && session is not null)
            {
                session.Sequence = sequence;
            }

            return session;
        }
    }

    private async Task RunEventAsync(string type, JsonElement data, long received, int? sequence)
    {
        try
        {
            await onEvent(type, data, received).ConfigureAwait(false);
        }
#pragma warning disable CA1031 // Handled off the receive loop, nobody else would see it fail: logged and counted here.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            Log.GatewayEventFailed(logger, type, sequence, ex);
            metrics?.Failed("event");
        }
    }

    private GatewaySession? OnDispatch(GatewayPayload payload, GatewaySession? session, Uri url)
    {
        switch (payload.T)
        {
            case "READY":
                var ready = payload.D!.Value.Deserialize(DiscordJsonContext.Default.ReadyDto)!;
                session = new GatewaySession(ready.SessionId, ready.ResumeGatewayUrl is { } resume ? new Uri(resume) : url);
                Log.GatewayReady(logger, ready.SessionId, options.ShardId, options.ShardCount);
                break;
            case "RESUMED":
                Log.GatewayResumed(logger, session?.Sequence);
                break;
            case "INTERACTION_CREATE" or "GUILD_CREATE" or "GUILD_DELETE":
                // Handled off the receive loop: the loop must keep reading (ACKs, more interactions).
                var received = timeProvider.GetTimestamp();
                var data = payload.D!.Value.Clone();
                var type = payload.T;
                var number = payload.S;
                _ = Task.Run(() => RunEventAsync(type, data, received, number));
                break;
        }

        if (payload.S is { } sequence && session is not null)
        {
            session.Sequence = sequence;
        }

        return session;
    }

    private Task SendIdentifyOrResumeAsync(ClientWebSocket socket, GatewaySession? session, CancellationToken cancellationToken) =>
        session is null
            ? SendAsync(socket, new IdentifyPayload
            {
                D = new IdentifyData
                {
                    Token = options.Token,
                    Intents = Intents,
                    Properties = new IdentifyProperties("linux", "newsbot", "newsbot"),
                    Shard = [options.ShardId, options.ShardCount],
                },
            }, DiscordJsonContext.Default.IdentifyPayload, cancellationToken)
            : SendAsync(socket, new ResumePayload
            {
                D = new ResumeData { Token = options.Token, SessionId = session.Id, Seq = session.Sequence },
            }, DiscordJsonContext.Default.ResumePayload, cancellationToken);

    private async Task HeartbeatAsync(
        ClientWebSocket socket, TimeSpan interval, Func<int?> sequence, Func<bool> takeAck, Action markZombie, CancellationToken cancellationToken)
    {
        try
        {
            await Task.Delay(interval * random(), timeProvider, cancellationToken).ConfigureAwait(false);
            while (!cancellationToken.IsCancellationRequested)
            {
                if (!takeAck())
                {
                    Log.GatewayZombie(logger);
                    markZombie();
                    socket.Abort();
                    return;
                }

                await SendAsync(socket, new HeartbeatPayload { D = sequence() }, DiscordJsonContext.Default.HeartbeatPayload, cancellationToken).ConfigureAwait(false);
                await Task.Delay(interval, timeProvider, cancellationToken).ConfigureAwait(false);
            }
        }
        catch (Exception ex) when (ex is OperationCanceledException or WebSocketException or ObjectDisposedException)
        {
            // The connection ended; the receive loop reports why.
        }
    }

    private async Task SendAsync<T>(ClientWebSocket socket, T payload, System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> type, CancellationToken cancellationToken)
    {
        var bytes = JsonSerializer.SerializeToUtf8Bytes(payload, type);
        await _send.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await socket.SendAsync(bytes, WebSocketMessageType.Text, endOfMessage: true, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _send.Release();
        }
    }

    /// <summary>The next whole frame, or null when the server closed the connection.</summary>
    private static async Task<byte[]?> ReceiveAsync(ClientWebSocket socket, CancellationToken cancellationToken)
    {
        var buffer = new byte[16 * 1024];
        using var message = new MemoryStream();
        while (true)
        {
            var result = await socket.ReceiveAsync(buffer, cancellationToken).ConfigureAwait(false);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                return null;
            }

            message.Write(buffer, 0, result.Count);
            if (result.EndOfMessage)
            {
                return message.ToArray();
            }
        }
    }

    // Any code but 1000/1001 keeps the session resumable.
    private static async Task CloseForResumeAsync(ClientWebSocket socket)
    {
        using var closing = new CancellationTokenSource(TimeSpan.FromSeconds(2));
        await socket.CloseOutputAsync((WebSocketCloseStatus)4000, "reconnecting", closing.Token).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
    }

    private static Uri WithQuery(Uri url)
    {
        var builder = new UriBuilder(url) { Query = "v=10&encoding=json" };
        return builder.Uri;
    }
}

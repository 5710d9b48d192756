using System.Collections.Concurrent;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace NewsBot.Testing.Discord;

/// <summary>
/// The fake's gateway WebSocket: Hello, heartbeat ACKs, Identify → READY, Resume → replay of missed
/// dispatches then RESUMED, and the server-side events a test scripts: dispatching INTERACTION_CREATE,
/// dropping the connection, op 7 Reconnect, op 9 Invalid Session, close codes, and withheld ACKs.
/// </summary>
public sealed class FakeDiscordGateway : IAsyncDisposable
{
    private readonly FakeDiscordServer _server;
    private readonly ConcurrentDictionary<string, Session> _sessions = new();
    private readonly ConcurrentDictionary<string, string> _interactionTokens = new();
    private readonly ConcurrentQueue<JsonObject> _identifies = new();
    private readonly ConcurrentQueue<JsonObject> _resumes = new();
    private readonly Lock _lock = new();
    private Connection? _current;
    private Session? _latest;
    private int _connections;
    private int _heartbeats;

    internal FakeDiscordGateway(FakeDiscordServer server) => _server = server;

    /// <summary>The interval sent in Hello, in milliseconds. Default 500.</summary>
    public int HeartbeatIntervalMs { get; set; } = 500;

    /// <summary>When true, heartbeats are not acknowledged (a zombie connection). Default false.</summary>
    public bool WithholdAcks { get; set; }

    public IReadOnlyList<JsonObject> Identifies => _identifies.ToArray();

    public IReadOnlyList<JsonObject> Resumes => _resumes.ToArray();

    public int Connections => Volatile.Read(ref _connections);

    public int Heartbeats => Volatile.Read(ref _heartbeats);

    /// <summary>The <c>d</c> of the last heartbeat: the last sequence number the bot saw.</summary>
    public int? LastHeartbeatSequence { get; private set; }

    /// <summary>True while a connection has an identified or resumed session.</summary>
    public bool IsReady
    {
        get
        {
            lock (_lock)
            {
                return _current?.Session is not null;
            }
        }
    }

    internal string? InteractionIdForToken(string token) => _interactionTokens.GetValueOrDefault(token);

    /// <summary>
    /// Sends a slash-command interaction (type 2, or 4 for autocomplete) as a guild member with these
    /// permissions; queued for replay when no connection is up. Returns the interaction id.
    /// </summary>
    public async Task<string> DispatchCommandAsync(
        string command, IReadOnlyDictionary<string, string> options, string channelId, ulong permissions,
        string userId = "300000000000000001", int type = 2, string? focused = null, int channelType = 0, string? parentId = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        var id = _server.NextId();
        var token = "itoken-" + id;
        _interactionTokens[token] = id;
        var optionArray = new JsonArray();
        foreach (var (name, value) in options)
        {
            var option = new JsonObject { ["name"] = name, ["type"] = 3, ["value"] = value };
            if (name == focused)
            {
                option["focused"] = true;
            }

            optionArray.Add(option);
        }

        var channel = new JsonObject { ["id"] = channelId, ["type"] = channelType };
        if (parentId is not null)
        {
            channel["parent_id"] = parentId;
        }

        var interaction = new JsonObject
        {
            ["id"] = id,
            ["application_id"] = FakeDiscordServer.ApplicationId,
            ["type"] = type,
            ["token"] = token,
            ["version"] = 1,
            ["guild_id"] = "200000000000000001",
            ["channel_id"] = channelId,
            ["channel"] = channel,
            ["member"] = new JsonObject
            {
                ["user"] = new JsonObject { ["id"] = userId, ["username"] = "member" },
                ["permissions"] = permissions.ToString(System.Globalization.CultureInfo.InvariantCulture),
            },
            ["data"] = new JsonObject { ["id"] = "500000000000000001", ["name"] = command, ["type"] = 1, ["options"] = optionArray },
            ["locale"] = "fr",
        };
        await DispatchAsync("INTERACTION_CREATE", interaction).ConfigureAwait(false);
        return id;
    }

    /// <summary>Sends a dispatch in the latest session, or keeps it for replay on resume when no connection is up.</summary>
    public async Task DispatchAsync(string type, JsonObject data)
    {
        Connection? target;
        JsonObject payload;
        lock (_lock)
        {
            var session = _latest ?? throw new InvalidOperationException("No session: the bot has not identified yet.");
            var seq = ++session.Seq;
            payload = new JsonObject { ["op"] = 0, ["t"] = type, ["s"] = seq, ["d"] = data };
            session.Events.Add((seq, payload));
            target = _current?.Session == session ? _current : null;
        }

        if (target is not null)
        {
            await target.TrySendAsync(payload).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Sends <paramref name="frame"/> as the session's next event, whatever it holds (a field of the wrong type, as a
    /// newer gateway version could send): it gets the next sequence number and is replayed on resume like any other.
    /// Returns its sequence number.
    /// </summary>
    public async Task<int> DispatchFrameAsync(JsonObject frame)
    {
        ArgumentNullException.ThrowIfNull(frame);
        Connection? target;
        int seq;
        lock (_lock)
        {
            var session = _latest ?? throw new InvalidOperationException("No session: the bot has not identified yet.");
            seq = ++session.Seq;
            frame["s"] = seq;
            session.Events.Add((seq, frame));
            target = _current?.Session == session ? _current : null;
        }

        if (target is not null)
        {
            await target.TrySendAsync(frame).ConfigureAwait(false);
        }

        return seq;
    }

    /// <summary>Cuts the TCP connection with no close frame, as a network failure would.</summary>
    public void Drop()
    {
        Connection? current;
        lock (_lock)
        {
            current = _current;
            _current = null;
        }

        current?.Socket.Abort();
    }

    public Task SendReconnectAsync() => SendCurrentAsync(new JsonObject { ["op"] = 7, ["d"] = null });

    public Task SendInvalidSessionAsync(bool resumable)
    {
        if (!resumable)
        {
            lock (_lock)
            {
                _latest?.Invalidate();
            }
        }

        return SendCurrentAsync(new JsonObject { ["op"] = 9, ["d"] = resumable });
    }

    /// <summary>Closes the connection with a gateway close code (e.g. 4004 Authentication failed).</summary>
    public async Task CloseAsync(int code, string reason)
    {
        Connection? current;
        lock (_lock)
        {
            current = _current;
        }

        if (current is not null)
        {
            await current.Socket.CloseOutputAsync((WebSocketCloseStatus)code, reason, CancellationToken.None).ConfigureAwait(false);
        }
    }

    internal async Task AcceptAsync(HttpContext context)
    {
        if (!context.WebSockets.IsWebSocketRequest)
        {
            context.Response.StatusCode = 400;
            return;
        }

        using var socket = await context.WebSockets.AcceptWebSocketAsync().ConfigureAwait(false);
        var connection = new Connection(socket);
        lock (_lock)
        {
            _current = connection;
        }

        Interlocked.Increment(ref _connections);
        await connection.TrySendAsync(new JsonObject { ["op"] = 10, ["d"] = new JsonObject { ["heartbeat_interval"] = HeartbeatIntervalMs } }).ConfigureAwait(false);
        try
        {
            while (await connection.ReceiveAsync().ConfigureAwait(false) is { } frame)
            {
                await OnFrameAsync(connection, frame).ConfigureAwait(false);
            }
        }
        catch (Exception ex) when (ex is WebSocketException or OperationCanceledException or ObjectDisposedException)
        {
            // The bot (or a test's Drop) cut the connection.
        }
        finally
        {
            lock (_lock)
            {
                if (_current == connection)
                {
                    _current = null;
                }
            }
        }
    }

    private async Task OnFrameAsync(Connection connection, JsonObject frame)
    {
        switch ((int?)frame["op"])
        {
            case 1:
                LastHeartbeatSequence = (int?)frame["d"];
                Interlocked.Increment(ref _heartbeats);
                if (!WithholdAcks)
                {
                    await connection.TrySendAsync(new JsonObject { ["op"] = 11 }).ConfigureAwait(false);
                }

                break;
            case 2:
                _identifies.Enqueue(frame);
                var session = new Session("session-" + _server.NextId());
                _sessions[session.Id] = session;
                JsonObject ready;
                lock (_lock)
                {
                    _latest = session;
                    connection.Session = session;
                    var seq = ++session.Seq;
                    ready = new JsonObject
                    {
                        ["op"] = 0,
                        ["t"] = "READY",
                        ["s"] = seq,
                        ["d"] = new JsonObject
                        {
                            ["v"] = 10,
                            ["session_id"] = session.Id,
                            ["resume_gateway_url"] = _server.GatewayUrl.AbsoluteUri.TrimEnd('/'),
                            ["user"] = new JsonObject { ["id"] = FakeDiscordServer.ApplicationId, ["username"] = "newsbot" },
                            ["guilds"] = new JsonArray(),
                            ["application"] = new JsonObject { ["id"] = FakeDiscordServer.ApplicationId, ["flags"] = 0 },
                        },
                    };
                    session.Events.Add((seq, ready));
                }

                await connection.TrySendAsync(ready).ConfigureAwait(false);
                break;
            case 6:
                _resumes.Enqueue(frame);
                var id = (string?)frame["d"]?["session_id"];
                var from = (int?)frame["d"]?["seq"] ?? 0;
                if (id is null || !_sessions.TryGetValue(id, out var resumed) || !resumed.Resumable)
                {
                    await connection.TrySendAsync(new JsonObject { ["op"] = 9, ["d"] = false }).ConfigureAwait(false);
                    break;
                }

                List<JsonObject> missed;
                lock (_lock)
                {
                    connection.Session = resumed;
                    missed = resumed.Events.Where(e => e.Seq > from).Select(e => e.Payload).ToList();
                }

                foreach (var payload in missed)
                {
                    await connection.TrySendAsync(payload).ConfigureAwait(false);
                }

                await connection.TrySendAsync(new JsonObject { ["op"] = 0, ["t"] = "RESUMED", ["s"] = resumed.Seq, ["d"] = new JsonObject() }).ConfigureAwait(false);
                break;
        }
    }

    private async Task SendCurrentAsync(JsonObject payload)
    {
        Connection? current;
        lock (_lock)
        {
            current = _current;
        }

        if (current is not null)
        {
            await current.TrySendAsync(payload).ConfigureAwait(false);
        }
    }

    public ValueTask DisposeAsync()
    {
        Drop();
        return ValueTask.CompletedTask;
    }

    private sealed class Session(string id)
    {
        public string Id { get; } = id;

        public int Seq { get; set; }

        public List<(int Seq, JsonObject Payload)> Events { get; } = [];

        public bool Resumable { get; private set; } = true;

        public void Invalidate() => Resumable = false;
    }

    // A test may still be sending on a connection the bot has just left; its lock is never disposed, so that
    // send just finds the socket closed. (SemaphoreSlim needs disposing only once its wait handle is used.)
#pragma warning disable CA1001
    private sealed class Connection(WebSocket socket)
#pragma warning restore CA1001
    {
        private readonly SemaphoreSlim _send = new(1, 1);

        public WebSocket Socket { get; } = socket;

        public Session? Session { get; set; }

        public async Task TrySendAsync(JsonObject payload)
        {
            await _send.WaitAsync().ConfigureAwait(false);
            try
            {
                if (Socket.State == WebSocketState.Open)
                {
                    await Socket.SendAsync(Encoding.UTF8.GetBytes(payload.ToJsonString()), WebSocketMessageType.Text, true, CancellationToken.None).ConfigureAwait(false);
                }
            }
            catch (Exception ex) when (ex is WebSocketException or ObjectDisposedException)
            {
                // The connection went away meanwhile; a resume replays the event.
            }
            finally
            {
                _send.Release();
            }
        }

        public async Task<JsonObject?> ReceiveAsync()
        {
            var buffer = new byte[8192];
            using var message = new MemoryStream();
            while (true)
            {
                var result = await Socket.ReceiveAsync(buffer, CancellationToken.None).ConfigureAwait(false);
                if (result.MessageType == WebSocketMessageType.Close)
                {
                    return null;
                }

                message.Write(buffer, 0, result.Count);
                if (result.EndOfMessage)
                {
                    return JsonNode.Parse(message.ToArray()) as JsonObject;
                }
            }
        }
    }
}

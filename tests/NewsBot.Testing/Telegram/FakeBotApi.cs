using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json.Nodes;
using NewsBot.Testing.Http;

namespace NewsBot.Testing.Telegram;

/// <summary>
/// A Telegram Bot API server on 127.0.0.1 that behaves like the real one where the bot relies on it: requests
/// to <c>/bot{token}/{method}</c> only, parameters with Telegram's field names taken as Telegram takes them (a JSON
/// or form body, the query string, or no body for a method without parameters), HTML parse mode (in any case) with Telegram's
/// tag set and the 4096-character limit, <c>getUpdates</c> long polling with offset acknowledgement and 409 when a
/// second poller arrives. Tests push updates (commands, <c>my_chat_member</c>, callback queries) and script
/// failures (429 with retry_after, 403, 409, migrate_to_chat_id, a proxy's 502 page) and lost or late answers to
/// sends that were carried out; every message accepted is recorded, and every
/// breach of the protocol is listed in <see cref="Violations"/>.
/// </summary>
public sealed partial class FakeBotApi : IAsyncDisposable
{
    public const string DefaultToken = "4242:FAKE-token_for-tests";
    public const long BotUserId = 4242;
    public const string BotUsername = "FakeNewsBot";

    private static readonly HashSet<string> SendMessageFields = new(StringComparer.Ordinal)
    {
        "business_connection_id", "chat_id", "message_thread_id", "direct_messages_topic_id", "text", "parse_mode", "entities",
        "link_preview_options", "disable_notification", "protect_content", "allow_paid_broadcast", "message_effect_id",
        "suggested_post_parameters", "reply_parameters", "reply_markup",
    };

    private static readonly HashSet<string> EditMessageFields = new(StringComparer.Ordinal)
    {
        "business_connection_id", "chat_id", "message_id", "inline_message_id", "text", "parse_mode", "entities",
        "link_preview_options", "reply_markup",
    };

    private readonly Lock _gate = new();
    private readonly List<JsonObject> _pending = [];
    private readonly List<FakeBotSentMessage> _messages = [];
    private readonly ConcurrentQueue<string> _violations = new();
    private readonly ConcurrentQueue<string> _calls = new();
    private readonly ConcurrentQueue<(string Id, string? Text)> _answers = new();
    private readonly List<ScriptedFailure> _failures = [];
    private readonly List<LostAnswer> _lostAnswers = [];
    private readonly Dictionary<(long Chat, long User), string> _members = [];
    private readonly Dictionary<long, long> _migrated = [];
    private readonly HashSet<long> _kicked = [];
    private readonly HashSet<string> _openCallbacks = [];
    private readonly Dictionary<(string Chat, long Message), string> _texts = [];
    private LoopbackHttpServer? _server;
    private TaskCompletionSource _arrived = NewSignal();
    private TaskCompletionSource? _currentPoll;
    private long _nextUpdateId = 700_000;
    private long _nextMessageId = 1;
    private long _confirmed;

    private FakeBotApi(string token) => Token = token;

    public string Token { get; }

    /// <summary>What the bot's <c>Telegram:ApiBaseUrl</c> should be.</summary>
    public Uri ApiBaseUrl => _server!.BaseAddress;

    /// <summary>Every message accepted, sends and edits, in order.</summary>
    public IReadOnlyList<FakeBotSentMessage> Messages
    {
        get
        {
            lock (_gate)
            {
                return [.. _messages];
            }
        }
    }

    /// <summary>Breaches of the protocol the bot committed; a faithful client leaves it empty.</summary>
    public IReadOnlyList<string> Violations => [.. _violations];

    /// <summary>Method names called, in order.</summary>
    public IReadOnlyList<string> Calls => [.. _calls];

    /// <summary>Callback queries answered: (id, text).</summary>
    public IReadOnlyList<(string Id, string? Text)> AnsweredCallbacks => [.. _answers];

    /// <summary>The command menu last set with <c>setMyCommands</c>.</summary>
    public IReadOnlyList<(string Command, string Description)>? Commands { get; private set; }

    /// <summary>The last <c>allowed_updates</c> a poll gave.</summary>
    public IReadOnlyList<string>? AllowedUpdates { get; private set; }

    /// <summary>The highest offset a poll acknowledged (every update below it is deleted).</summary>
    public long ConfirmedOffset => Interlocked.Read(ref _confirmed);

    /// <summary>Updates not yet acknowledged.</summary>
    public int PendingUpdates
    {
        get
        {
            lock (_gate)
            {
                return _pending.Count;
            }
        }
    }

    public static async Task<FakeBotApi> StartAsync(string token = DefaultToken, CancellationToken cancellationToken = default)
    {
        var fake = new FakeBotApi(token);
        fake._server = await LoopbackHttpServer.StartAsync(fake.HandleAsync, cancellationToken).ConfigureAwait(false);
        return fake;
    }

    public async ValueTask DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync().ConfigureAwait(false);
        }
    }

    /// <summary>The next <paramref name="times"/> calls of <paramref name="method"/> (to <paramref name="chatId"/> if given) fail so.</summary>
    public void FailNext(string method, int errorCode, string description, int times = 1, int? retryAfter = null, long? chatId = null)
    {
        lock (_gate)
        {
            _failures.Add(new ScriptedFailure(method, chatId, errorCode, description, retryAfter, times));
        }
    }

    /// <summary>The bot was removed from <paramref name="chatId"/>: sends there get 403.</summary>
    public void Kick(long chatId)
    {
        lock (_gate)
        {
            _kicked.Add(chatId);
        }
    }

    /// <summary>The group <paramref name="from"/> became the supergroup <paramref name="to"/>: sends to the old id get migrate_to_chat_id.</summary>
    public void Migrate(long from, long to)
    {
        lock (_gate)
        {
            _migrated[from] = to;
        }
    }

    /// <summary>What <c>getChatMember</c> says of the user in the chat; "member" when not set.</summary>
    public void SetMember(long chatId, long userId, string status)
    {
        lock (_gate)
        {
            _members[(chatId, userId)] = status;
        }
    }

    /// <summary>A user sends <paramref name="text"/> in a chat (in a channel, the channel posts it); returns the update id.</summary>
    public long PushMessage(long chatId, string chatType, long userId, string text, long? threadId = null, string? userLanguage = null)
    {
        var messageId = Interlocked.Increment(ref _nextMessageId);
        var message = new JsonObject
        {
            ["message_id"] = messageId,
            ["from"] = UserJson(userId, userLanguage),
            ["chat"] = ChatJson(chatId, chatType),
            ["date"] = 1_732_150_000,
            ["text"] = text,
        };
        if (chatType == "channel")
        {
            // Channel posts come from the channel itself, not from a user.
            message.Remove("from");
            message["sender_chat"] = ChatJson(chatId, chatType);
        }

        if (threadId is { } thread)
        {
            message["message_thread_id"] = thread;
            message["is_topic_message"] = true;
        }

        if (text.StartsWith('/'))
        {
            var end = text.IndexOf(' ', StringComparison.Ordinal);
            message["entities"] = new JsonArray(new JsonObject { ["type"] = "bot_command", ["offset"] = 0, ["length"] = end < 0 ? text.Length : end });
        }

        return Push(chatType == "channel" ? "channel_post" : "message", message);
    }

    /// <summary>The service message a group gets when it is upgraded to the supergroup <paramref name="to"/>.</summary>
    public long PushMigration(long from, long to)
    {
        Migrate(from, to);
        return Push("message", new JsonObject
        {
            ["message_id"] = Interlocked.Increment(ref _nextMessageId),
            ["from"] = UserJson(1, null),
            ["chat"] = ChatJson(from, "group"),
            ["date"] = 1_732_150_000,
            ["migrate_to_chat_id"] = to,
        });
    }

    /// <summary>The bot's own membership in a chat changed (added, kicked, promoted).</summary>
    public long PushMyChatMember(long chatId, string chatType, string oldStatus, string newStatus, long byUserId = 1) => Push("my_chat_member", new JsonObject
    {
        ["chat"] = ChatJson(chatId, chatType),
        ["from"] = UserJson(byUserId, null),
        ["date"] = 1_732_150_000,
        ["old_chat_member"] = new JsonObject { ["status"] = oldStatus, ["user"] = UserJson(BotUserId, null, isBot: true) },
        ["new_chat_member"] = new JsonObject { ["status"] = newStatus, ["user"] = UserJson(BotUserId, null, isBot: true) },
    });

    /// <summary>A user presses an inline button on the bot's message; returns the callback query id.</summary>
    public string PushCallback(long chatId, string chatType, long userId, long messageId, string data)
    {
        var id = "cb" + Interlocked.Increment(ref _nextMessageId).ToString(CultureInfo.InvariantCulture);
        lock (_gate)
        {
            _openCallbacks.Add(id);
        }

        Push("callback_query", new JsonObject
        {
            ["id"] = id,
            ["from"] = UserJson(userId, null),
            ["message"] = new JsonObject { ["message_id"] = messageId, ["chat"] = ChatJson(chatId, chatType), ["date"] = 1_732_150_000 },
            ["chat_instance"] = "42",
            ["data"] = data,
        });
        return id;
    }

    /// <summary>
    /// A message the bot cannot read (fields of the wrong type, as a newer Bot API or a broken proxy could send);
    /// returns the update id.
    /// </summary>
    public long PushUnreadable() => Push("message", new JsonObject
    {
        ["message_id"] = "not a number",
        ["chat"] = new JsonArray(1, 2),
        ["date"] = 1_732_150_000,
        ["text"] = "/help",
    });

    /// <summary>Waits until a message matching <paramref name="match"/> was accepted.</summary>
    public async Task<FakeBotSentMessage> WaitForMessageAsync(Func<FakeBotSentMessage, bool> match, TimeSpan? within = null)
    {
        var deadline = Environment.TickCount64 + (long)(within ?? TimeSpan.FromSeconds(20)).TotalMilliseconds;
        while (true)
        {
            var found = Messages.FirstOrDefault(match);
            if (found is not null)
            {
                return found;
            }

            if (Environment.TickCount64 > deadline)
            {
                throw new TimeoutException($"No such message; accepted so far: {string.Join(" | ", Messages.Select(m => m.Visible))}; violations: {string.Join(" | ", Violations)}");
            }

            await Task.Delay(25).ConfigureAwait(false);
        }
    }

    /// <summary>Waits until the bot polled and acknowledged every update pushed so far (its poll asked past them).</summary>
    public async Task WaitUntilConfirmedAsync(TimeSpan? within = null)
    {
        var deadline = Environment.TickCount64 + (long)(within ?? TimeSpan.FromSeconds(20)).TotalMilliseconds;
        while (PendingUpdates > 0 || !_calls.Contains("getUpdates"))
        {
            if (Environment.TickCount64 > deadline)
            {
                throw new TimeoutException($"{PendingUpdates} updates not acknowledged; offset is {ConfirmedOffset}");
            }

            await Task.Delay(25).ConfigureAwait(false);
        }
    }

    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);

    private static JsonObject UserJson(long id, string? language, bool isBot = false)
    {
        var user = new JsonObject { ["id"] = id, ["is_bot"] = isBot, ["first_name"] = isBot ? "NewsBot" : "User" + id.ToString(CultureInfo.InvariantCulture) };
        if (isBot)
        {
            user["username"] = BotUsername;
        }

        if (language is not null)
        {
            user["language_code"] = language;
        }

        return user;
    }

    private static JsonObject ChatJson(long id, string type)
    {
        var chat = new JsonObject { ["id"] = id, ["type"] = type };
        if (type != "private")
        {
            chat["title"] = "Chat " + id.ToString(CultureInfo.InvariantCulture);
        }

        return chat;
    }

    private long Push(string kind, JsonObject payload)
    {
        var id = Interlocked.Increment(ref _nextUpdateId);
        TaskCompletionSource arrived;
        lock (_gate)
        {
            _pending.Add(new JsonObject { ["update_id"] = id, [kind] = payload });
            arrived = _arrived;
            _arrived = NewSignal();
        }

        arrived.TrySetResult();
        return id;
    }

    /// <summary>
    /// The next <paramref name="times"/> calls of <paramref name="method"/> get an answer from a proxy in front of
    /// the API (say a 502 with an HTML page): not the Bot API's envelope, and the call goes no further.
    /// </summary>
    public void FailNextWithProxyPage(string method, int statusCode, string contentType = "text/html", string body = "<html><body><h1>502 Bad Gateway</h1></body></html>", int times = 1)
    {
        lock (_gate)
        {
            _failures.Add(new ScriptedFailure(method, null, statusCode, string.Empty, null, times) { Raw = (contentType, body) });
        }
    }

    /// <summary>
    /// The next <paramref name="times"/> calls of <paramref name="method"/> (sendMessage or editMessageText) are
    /// carried out, and then their answer is lost: the connection is cut (<paramref name="delay"/> null) or the
    /// answer comes only after <paramref name="delay"/>.
    /// </summary>
    public void LoseNextAnswers(string method, int times = 1, TimeSpan? delay = null)
    {
        lock (_gate)
        {
            _lostAnswers.Add(new LostAnswer(method, delay) { Remaining = times });
        }
    }

    private LostAnswer? TakeLostAnswer(string method)
    {
        lock (_gate)
        {
            var lost = _lostAnswers.FirstOrDefault(l => l.Remaining > 0 && l.Method.Equals(method, StringComparison.OrdinalIgnoreCase));
            if (lost is not null)
            {
                lost.Remaining--;
            }

            return lost;
        }
    }

    private sealed record ScriptedFailure(string Method, long? ChatId, int ErrorCode, string Description, int? RetryAfter, int Times)
    {
        public int Remaining { get; set; } = Times;

        public (string ContentType, string Body)? Raw { get; init; }
    }

    private sealed record LostAnswer(string Method, TimeSpan? Delay)
    {
        public int Remaining { get; set; }
    }
}

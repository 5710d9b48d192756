using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;

namespace NewsBot.Testing.Telegram;

/// <summary>The Bot API methods <see cref="FakeBotApi"/> serves.</summary>
public sealed partial class FakeBotApi
{
    private async Task HandleAsync(HttpContext context)
    {
        var path = context.Request.Path.Value ?? string.Empty;
        var prefix = "/bot" + Token + "/";
        if (!path.StartsWith("/bot", StringComparison.Ordinal))
        {
            await ErrorAsync(context, 404, "Not Found").ConfigureAwait(false);
            return;
        }

        if (!path.StartsWith(prefix, StringComparison.Ordinal))
        {
            _violations.Enqueue($"request with a wrong token path: {path}");
            await ErrorAsync(context, 401, "Unauthorized").ConfigureAwait(false);
            return;
        }

        var method = path[prefix.Length..];
        _calls.Enqueue(method);
        var body = await ReadParametersAsync(context, method).ConfigureAwait(false);
        if (body is null)
        {
            return;
        }

        CheckFields(method, body);
        var chat = ChatOf(body);
        var scripted = TakeFailure(method, chat);
        if (scripted is { Raw: { } raw })
        {
            // A proxy in front of the API answered, not Telegram: the request went no further.
            context.Response.StatusCode = scripted.ErrorCode;
            context.Response.ContentType = raw.ContentType;
            await context.Response.WriteAsync(raw.Body).ConfigureAwait(false);
            return;
        }

        if (scripted is not null)
        {
            await ErrorAsync(context, scripted.ErrorCode, scripted.Description, scripted.RetryAfter).ConfigureAwait(false);
            return;
        }

        if (await RefusedByFloodLimitAsync(context, method, chat).ConfigureAwait(false))
        {
            return;
        }

        switch (method.ToUpperInvariant())
        {
            case "GETME":
                await OkAsync(context, UserJson(BotUserId, null, isBot: true)).ConfigureAwait(false);
                break;
            case "GETUPDATES":
                await GetUpdatesAsync(context, body).ConfigureAwait(false);
                break;
            case "SENDMESSAGE":
            case "EDITMESSAGETEXT":
                await MessageAsync(context, method, body, chat).ConfigureAwait(false);
                break;
            case "GETCHATMEMBER":
                await ChatMemberAsync(context, body, chat).ConfigureAwait(false);
                break;
            case "ANSWERCALLBACKQUERY":
                await AnswerCallbackAsync(context, body).ConfigureAwait(false);
                break;
            case "SETMYCOMMANDS":
                await SetMyCommandsAsync(context, body).ConfigureAwait(false);
                break;
            case "DELETEWEBHOOK":
                await OkAsync(context, true).ConfigureAwait(false);
                break;
            default:
                await ErrorAsync(context, 404, "Not Found: method not found").ConfigureAwait(false);
                break;
        }
    }

    private async Task GetUpdatesAsync(HttpContext context, JsonObject body)
    {
        var offset = Long(body, "offset");
        var timeout = Math.Min(50, (int)(Long(body, "timeout") ?? 0));
        var limit = (int)(Long(body, "limit") ?? 100);
        var poll = NewSignal();
        TaskCompletionSource? previous;
        lock (_gate)
        {
            if (offset is { } acknowledged)
            {
                _pending.RemoveAll(u => u["update_id"]!.GetValue<long>() < acknowledged);
                if (acknowledged > _confirmed)
                {
                    Interlocked.Exchange(ref _confirmed, acknowledged);
                }
            }

            if (body["allowed_updates"] is JsonArray allowed)
            {
                AllowedUpdates = allowed.Select(a => a!.GetValue<string>()).ToList();
            }

            previous = _currentPoll;
            _currentPoll = poll;
        }

        // Telegram ends the older of two concurrent polls with a conflict.
        previous?.TrySetResult();
        var deadline = Environment.TickCount64 + (timeout * 1000L);
        while (true)
        {
            JsonObject[] ready;
            Task arrived;
            lock (_gate)
            {
                ready = _pending
                    .Where(u => offset is null || u["update_id"]!.GetValue<long>() >= offset)
                    .Where(u => AllowedUpdates is not { Count: > 0 } allowed || allowed.Any(kind => u.ContainsKey(kind)))
                    .Take(limit)
                    .ToArray();
                arrived = _arrived.Task;
            }

            var remaining = deadline - Environment.TickCount64;
            if (ready.Length > 0 || remaining <= 0)
            {
                await OkAsync(context, new JsonArray([.. ready.Select(u => u.DeepClone())])).ConfigureAwait(false);
                return;
            }

            try
            {
                await Task.WhenAny(arrived, poll.Task, Task.Delay(TimeSpan.FromMilliseconds(remaining), context.RequestAborted)).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                return;
            }

            if (context.RequestAborted.IsCancellationRequested)
            {
                return;
            }

            if (poll.Task.IsCompleted)
            {
                await ErrorAsync(context, 409, "Conflict: terminated by other getUpdates request; make sure that only one bot instance is running").ConfigureAwait(false);
                return;
            }
        }
    }

    private async Task MessageAsync(HttpContext context, string method, JsonObject body, long? chat)
    {
        var isEdit = method.Equals("editMessageText", StringComparison.OrdinalIgnoreCase);
        var known = isEdit ? EditMessageFields : SendMessageFields;
        foreach (var (name, _) in body)
        {
            if (!known.Contains(name))
            {
                _violations.Enqueue($"{method}: unknown or obsolete field \"{name}\"");
            }
        }

        var chatId = body["chat_id"];
        if (chatId is null)
        {
            _violations.Enqueue($"{method}: chat_id is missing");
            await ErrorAsync(context, 400, "Bad Request: chat_id is empty").ConfigureAwait(false);
            return;
        }

        // Telegram takes an integer, or a string holding one (all a form body has), or an @channel username.
        if (chat is null && !(chatId.GetValueKind() == JsonValueKind.String && chatId.GetValue<string>().StartsWith('@')))
        {
            _violations.Enqueue($"{method}: chat_id must be an integer or an @channel username, got {chatId.ToJsonString()}");
            await ErrorAsync(context, 400, "Bad Request: chat not found").ConfigureAwait(false);
            return;
        }

        if (chat is { } c)
        {
            long? migratedTo;
            bool kicked;
            lock (_gate)
            {
                migratedTo = _migrated.TryGetValue(c, out var to) ? to : null;
                kicked = _kicked.Contains(c);
            }

            if (migratedTo is { } newId)
            {
                await ErrorAsync(context, 400, "Bad Request: group chat was upgraded to a supergroup chat", migrateTo: newId).ConfigureAwait(false);
                return;
            }

            if (kicked)
            {
                await ErrorAsync(context, 403, "Forbidden: bot was kicked from the supergroup chat").ConfigureAwait(false);
                return;
            }
        }

        if (body["text"] is not JsonValue textValue || textValue.GetValueKind() != JsonValueKind.String)
        {
            _violations.Enqueue($"{method}: text is missing or not a string");
            await ErrorAsync(context, 400, "Bad Request: message text is empty").ConfigureAwait(false);
            return;
        }

        var text = textValue.GetValue<string>();
        var parseMode = body["parse_mode"]?.GetValue<string>();
        var visible = text;

        // Telegram reads parse_mode in any case ("HTML", "Html", "html").
        if (string.Equals(parseMode, "HTML", StringComparison.OrdinalIgnoreCase))
        {
            var (parsed, error) = TelegramHtmlCheck.Parse(text);
            if (parsed is null)
            {
                _violations.Enqueue($"{method}: invalid HTML ({error}) in: {text}");
                await ErrorAsync(context, 400, "Bad Request: can't parse entities: " + error).ConfigureAwait(false);
                return;
            }

            visible = parsed;
        }
        else if (parseMode is not null)
        {
            _violations.Enqueue($"{method}: parse_mode {parseMode}, the bot is meant to write HTML");
        }

        if (visible.Trim().Length == 0)
        {
            _violations.Enqueue($"{method}: empty text");
            await ErrorAsync(context, 400, "Bad Request: message text is empty").ConfigureAwait(false);
            return;
        }

        if (visible.Length > 4096)
        {
            _violations.Enqueue($"{method}: {visible.Length} characters, over 4096");
            await ErrorAsync(context, 400, "Bad Request: message is too long").ConfigureAwait(false);
            return;
        }

        var buttons = Buttons(method, body["reply_markup"]);
        var thread = Long(body, "message_thread_id");
        if (body["message_thread_id"] is not null && thread is null)
        {
            _violations.Enqueue($"{method}: message_thread_id must be an integer");
        }

        var chatKey = chat is { } numericChat ? numericChat.ToString(System.Globalization.CultureInfo.InvariantCulture) : chatId.GetValue<string>();
        long messageId;
        lock (_gate)
        {
            if (isEdit)
            {
                messageId = Long(body, "message_id") ?? 0;
                if (!_texts.TryGetValue((chatKey, messageId), out var current))
                {
                    messageId = -1;
                }
                else if (current == text)
                {
                    messageId = -2;
                }
                else
                {
                    _texts[(chatKey, messageId)] = text;
                }
            }
            else
            {
                messageId = Interlocked.Increment(ref _nextMessageId);
                _texts[(chatKey, messageId)] = text;
            }

            if (messageId > 0)
            {
                _messages.Add(new FakeBotSentMessage
                {
                    Method = isEdit ? "editMessageText" : "sendMessage",
                    ChatId = chatKey,
                    ThreadId = thread,
                    MessageId = messageId,
                    Text = text,
                    Visible = visible,
                    ParseMode = parseMode,
                    DisableNotification = Bool(body["disable_notification"]),
                    ReplyToMessageId = body["reply_parameters"] is JsonObject reply ? Long(reply, "message_id") : null,
                    LinkPreviewDisabled = body["link_preview_options"] is JsonObject preview && Bool(preview["is_disabled"]),
                    Buttons = buttons,
                    Request = body,
                });
            }
        }

        switch (messageId)
        {
            case -1:
                await ErrorAsync(context, 400, "Bad Request: message to edit not found").ConfigureAwait(false);
                return;
            case -2:
                await ErrorAsync(context, 400, "Bad Request: message is not modified: specified new message content and reply markup are exactly the same as a current content and reply markup of the message").ConfigureAwait(false);
                return;
        }

        if (TakeLostAnswer(method) is { } lost)
        {
            // Telegram carried the call out; its answer is late, or never comes back.
            if (lost.Delay is { } delay)
            {
                try
                {
                    await Task.Delay(delay, context.RequestAborted).ConfigureAwait(false);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
            else
            {
                context.Abort();
                return;
            }
        }

        var chatJson = chat is { } numeric ? ChatJson(numeric, numeric < 0 ? "supergroup" : "private") : new JsonObject { ["id"] = -100999, ["type"] = "channel", ["username"] = chatKey.TrimStart('@') };
        await OkAsync(context, new JsonObject
        {
            ["message_id"] = messageId,
            ["from"] = UserJson(BotUserId, null, isBot: true),
            ["chat"] = chatJson,
            ["date"] = 1_732_150_000,
            ["text"] = visible,
        }).ConfigureAwait(false);
    }

    private List<(string Text, string? Data)> Buttons(string method, JsonNode? markup)
    {
        var buttons = new List<(string, string?)>();
        if (markup is null)
        {
            return buttons;
        }

        if (markup["inline_keyboard"] is not JsonArray rows)
        {
            _violations.Enqueue($"{method}: reply_markup without inline_keyboard");
            return buttons;
        }

        foreach (var row in rows)
        {
            foreach (var button in row as JsonArray ?? [])
            {
                var text = button?["text"]?.GetValue<string>();
                var data = button?["callback_data"]?.GetValue<string>();
                if (string.IsNullOrEmpty(text))
                {
                    _violations.Enqueue($"{method}: a button without text");
                }

                if (data is not null && Encoding.UTF8.GetByteCount(data) is < 1 or > 64)
                {
                    _violations.Enqueue($"{method}: callback_data of {Encoding.UTF8.GetByteCount(data)} bytes (1-64 allowed)");
                }

                buttons.Add((text ?? string.Empty, data));
            }
        }

        return buttons;
    }

    private async Task ChatMemberAsync(HttpContext context, JsonObject body, long? chat)
    {
        var user = Long(body, "user_id");
        if (chat is null || user is null)
        {
            _violations.Enqueue("getChatMember: chat_id and user_id must be integers");
            await ErrorAsync(context, 400, "Bad Request: invalid user_id specified").ConfigureAwait(false);
            return;
        }

        string status;
        lock (_gate)
        {
            status = _members.TryGetValue((chat.Value, user.Value), out var s) ? s : "member";
        }

        var member = new JsonObject { ["status"] = status, ["user"] = UserJson(user.Value, null) };
        if (status == "administrator")
        {
            member["can_manage_chat"] = true;
            member["can_be_edited"] = false;
            member["is_anonymous"] = false;
        }

        await OkAsync(context, member).ConfigureAwait(false);
    }

    private async Task AnswerCallbackAsync(HttpContext context, JsonObject body)
    {
        var id = body["callback_query_id"]?.GetValue<string>();
        var text = body["text"]?.GetValue<string>();
        bool known;
        lock (_gate)
        {
            known = id is not null && _openCallbacks.Remove(id);
        }

        if (!known)
        {
            _violations.Enqueue($"answerCallbackQuery: unknown or already answered query {id}");
            await ErrorAsync(context, 400, "Bad Request: query is too old and response timeout expired or query ID is invalid").ConfigureAwait(false);
            return;
        }

        if (text is { Length: > 200 })
        {
            _violations.Enqueue("answerCallbackQuery: text over 200 characters");
        }

        _answers.Enqueue((id!, text));
        await OkAsync(context, true).ConfigureAwait(false);
    }

    private async Task SetMyCommandsAsync(HttpContext context, JsonObject body)
    {
        if (body["commands"] is not JsonArray commands || commands.Count > 100)
        {
            _violations.Enqueue("setMyCommands: commands must be an array of at most 100");
            await ErrorAsync(context, 400, "Bad Request: parameter \"commands\" is required").ConfigureAwait(false);
            return;
        }

        var menu = new List<(string, string)>();
        foreach (var entry in commands)
        {
            var command = entry?["command"]?.GetValue<string>() ?? string.Empty;
            var description = entry?["description"]?.GetValue<string>() ?? string.Empty;
            if (!CommandName().IsMatch(command) || description.Length is < 1 or > 256)
            {
                _violations.Enqueue($"setMyCommands: invalid command \"{command}\" / \"{description}\"");
                await ErrorAsync(context, 400, "Bad Request: BOT_COMMAND_INVALID").ConfigureAwait(false);
                return;
            }

            menu.Add((command, description));
        }

        Commands = menu;
        await OkAsync(context, true).ConfigureAwait(false);
    }

    // Telegram writes text as is ("can't", "<b>"), not \u-escaped the way System.Text.Json does by default.
    private static readonly JsonSerializerOptions Wire = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static readonly Dictionary<string, string[]> OtherMethodFields = new(StringComparer.OrdinalIgnoreCase)
    {
        ["getMe"] = [],
        ["getUpdates"] = ["offset", "limit", "timeout", "allowed_updates"],
        ["getChatMember"] = ["chat_id", "user_id"],
        ["answerCallbackQuery"] = ["callback_query_id", "text", "show_alert", "url", "cache_time"],
        ["setMyCommands"] = ["commands", "scope", "language_code"],
        ["deleteWebhook"] = ["drop_pending_updates"],
    };

    /// <summary>Flags fields the method does not have (a naming slip such as <c>chatId</c>) and mistyped getUpdates fields.</summary>
    private void CheckFields(string method, JsonObject body)
    {
        if (OtherMethodFields.TryGetValue(method, out var fields))
        {
            foreach (var (name, _) in body)
            {
                if (!fields.Contains(name, StringComparer.Ordinal))
                {
                    _violations.Enqueue($"{method}: unknown field \"{name}\"");
                }
            }
        }

        if (method.Equals("getUpdates", StringComparison.OrdinalIgnoreCase))
        {
            foreach (var name in new[] { "offset", "limit", "timeout" })
            {
                if (body[name] is not null && Long(body, name) is null)
                {
                    _violations.Enqueue($"getUpdates: {name} must be an integer");
                }
            }

            if (body["allowed_updates"] is { } allowed && (allowed is not JsonArray list || list.Any(a => a?.GetValueKind() != JsonValueKind.String)))
            {
                _violations.Enqueue("getUpdates: allowed_updates must be an array of strings");
            }
        }
    }

    private ScriptedFailure? TakeFailure(string method, long? chat)
    {
        lock (_gate)
        {
            var failure = _failures.FirstOrDefault(f => f.Remaining > 0 && f.Method.Equals(method, StringComparison.OrdinalIgnoreCase) && (f.ChatId is null || f.ChatId == chat));
            if (failure is not null)
            {
                failure.Remaining--;
            }

            return failure;
        }
    }

    private static long? ChatOf(JsonObject body) => Long(body, "chat_id");

    /// <summary>An integer parameter: a JSON number, or a string holding one (Telegram reads both, and a form has only strings).</summary>
    private static long? Long(JsonObject body, string name) => body[name] switch
    {
        JsonValue value when value.GetValueKind() == JsonValueKind.Number => value.GetValue<long>(),
        JsonValue value when value.GetValueKind() == JsonValueKind.String
            && long.TryParse(value.GetValue<string>(), System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out var parsed) => parsed,
        _ => null,
    };

    private static bool Bool(JsonNode? node) => node switch
    {
        JsonValue value when value.GetValueKind() is JsonValueKind.True => true,
        JsonValue value when value.GetValueKind() == JsonValueKind.String => string.Equals(value.GetValue<string>(), "true", StringComparison.OrdinalIgnoreCase),
        _ => false,
    };

    /// <summary>
    /// The call's parameters as Telegram takes them: a JSON body, a URL-encoded or multipart form, the query
    /// string, or nothing at all (a method without parameters), in any transfer encoding. In a form, an object
    /// or array parameter (reply_markup, allowed_updates) is JSON-serialized, as the Bot API asks. Null when the
    /// body cannot be read; the 400 is then written.
    /// </summary>
    private async Task<JsonObject?> ReadParametersAsync(HttpContext context, string method)
    {
        var parameters = new JsonObject();
        foreach (var (name, values) in context.Request.Query)
        {
            parameters[name] = FormValue(values.ToString());
        }

        var contentType = context.Request.ContentType;
        try
        {
            if (context.Request.HasFormContentType)
            {
                var form = await context.Request.ReadFormAsync(context.RequestAborted).ConfigureAwait(false);
                foreach (var (name, values) in form)
                {
                    parameters[name] = FormValue(values.ToString());
                }

                return parameters;
            }

            using var buffer = new MemoryStream();
            await context.Request.Body.CopyToAsync(buffer, context.RequestAborted).ConfigureAwait(false);
            if (buffer.Length == 0)
            {
                return parameters;
            }

            if (contentType?.StartsWith("application/json", StringComparison.OrdinalIgnoreCase) != true)
            {
                _violations.Enqueue($"{method}: a body of content type {contentType}, expected JSON or a form");
            }

            if (JsonNode.Parse(buffer.ToArray()) is not JsonObject json)
            {
                _violations.Enqueue($"{method}: the JSON body is not an object");
                await ErrorAsync(context, 400, "Bad Request: can't parse JSON").ConfigureAwait(false);
                return null;
            }

            foreach (var (name, value) in json.ToList())
            {
                json.Remove(name);
                parameters[name] = value;
            }

            return parameters;
        }
        catch (Exception ex) when (ex is JsonException or InvalidDataException or IOException)
        {
            _violations.Enqueue($"{method}: body cannot be read: {ex.Message}");
            await ErrorAsync(context, 400, "Bad Request: can't parse JSON").ConfigureAwait(false);
            return null;
        }
    }

    private static JsonNode? FormValue(string value)
    {
        if (value.StartsWith('{') || value.StartsWith('['))
        {
            try
            {
                return JsonNode.Parse(value);
            }
            catch (JsonException)
            {
                // Not JSON after all: Telegram would read it as text.
            }
        }

        return JsonValue.Create(value);
    }

    private static Task OkAsync(HttpContext context, JsonNode result)
    {
        context.Response.ContentType = "application/json";
        return context.Response.WriteAsync(new JsonObject { ["ok"] = true, ["result"] = result }.ToJsonString(Wire));
    }

    private static Task ErrorAsync(HttpContext context, int code, string description, int? retryAfter = null, long? migrateTo = null)
    {
        context.Response.StatusCode = code;
        context.Response.ContentType = "application/json";
        var error = new JsonObject { ["ok"] = false, ["error_code"] = code, ["description"] = description };
        if (retryAfter is not null || migrateTo is not null)
        {
            var parameters = new JsonObject();
            if (retryAfter is { } seconds)
            {
                parameters["retry_after"] = seconds;
            }

            if (migrateTo is { } chat)
            {
                parameters["migrate_to_chat_id"] = chat;
            }

            error["parameters"] = parameters;
        }

        return context.Response.WriteAsync(error.ToJsonString(Wire));
    }

    [GeneratedRegex("^[a-z0-9_]{1,32}$")]
    private static partial Regex CommandName();
}

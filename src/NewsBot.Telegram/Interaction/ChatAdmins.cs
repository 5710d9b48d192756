using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NewsBot.Telegram.Api;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Requests;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace NewsBot.Telegram.Interaction;

/// <summary>
/// Whether a user may change a chat's subscriptions: anyone in a private chat, a channel's posters (only its
/// admins can post), anonymous group admins, and group members <c>getChatMember</c> calls creator or
/// administrator (with <c>can_manage_chat</c>). Answers are kept briefly, so a burst of commands costs one call.
/// </summary>
internal sealed class ChatAdmins(BotApi api, IOptions<TelegramOptions> options, TimeProvider timeProvider, ILogger<ChatAdmins> logger)
{
    private readonly ConcurrentDictionary<(long Chat, long User), (bool CanManage, DateTimeOffset Until)> _cache = new();

    public async Task<bool> CanManageAsync(Chat chat, User? user, Chat? senderChat, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(chat);
        if (chat.Type is ChatType.Private or ChatType.Channel || senderChat?.Id == chat.Id)
        {
            return true;
        }

        if (user is null)
        {
            return false;
        }

        var now = timeProvider.GetUtcNow();
        if (_cache.TryGetValue((chat.Id, user.Id), out var cached) && cached.Until > now)
        {
            return cached.CanManage;
        }

        try
        {
            var member = await api.CallAsync(new GetChatMemberRequest { ChatId = chat.Id, UserId = user.Id }, cancellationToken).ConfigureAwait(false);
            var canManage = member is ChatMemberOwner or ChatMemberAdministrator { CanManageChat: true };
            _cache[(chat.Id, user.Id)] = (canManage, now + TimeSpan.FromSeconds(options.Value.AdminCacheSeconds));
            return canManage;
        }
        catch (ApiRequestException ex) when (ex.ErrorCode is not 429 and < 500)
        {
            // Not knowing is not a yes: the user is told only managers may do it. (A passing failure is
            // thrown instead, so the poller tries the update again.)
            Log.AdminCheckFailed(logger, chat.Id, user.Id, ex.Message);
            return false;
        }
    }
}

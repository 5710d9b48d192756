using System.Globalization;
using Microsoft.Extensions.Logging;
using NewsBot.Core.Commands;
using NewsBot.Core.Delivery;
using NewsBot.Core.Subscriptions;
using NewsBot.Telegram.Api;
using NewsBot.Telegram.Delivery;

namespace NewsBot.Telegram.Interaction;

/// <summary>
/// Acts on one update: a command is run by <see cref="CommandService"/> and answered in its chat; the bot's own
/// membership changes pause or resume the chat's subscriptions; a group upgrade moves them; button presses run
/// "More figures" or "Unsubscribe" and are always answered.
/// </summary>
internal sealed class UpdateHandler(
    CommandService commands,
    ChatAdmins admins,
    BotIdentity identity,
    ReplySender replies,
    ISubscriptionStore subscriptions,
    IDeliveryStore deliveries,
    BotApiClient client,
    ILogger<UpdateHandler> logger)
{
    /// <summary>What the poller asks <c>getUpdates</c> for; anything else is not delivered.</summary>
    public static readonly IReadOnlyList<string> AllowedUpdates = ["message", "channel_post", "callback_query", "my_chat_member"];

    public async Task HandleAsync(Update update, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(update);
        if ((update.Message ?? update.ChannelPost) is { } message)
        {
            await OnMessageAsync(message, cancellationToken).ConfigureAwait(false);
        }
        else if (update.MyChatMember is { } membership)
        {
            await OnMembershipAsync(membership, cancellationToken).ConfigureAwait(false);
        }
        else if (update.CallbackQuery is { } callback)
        {
            await OnCallbackAsync(callback, cancellationToken).ConfigureAwait(false);
        }
    }

    private static ChannelAddress ChannelOf(Message message) => new(
        TelegramChatTransport.PlatformName,
        message.Chat.Id.ToString(CultureInfo.InvariantCulture),
        message.IsTopicMessage == true && message.MessageThreadId is { } thread ? thread.ToString(CultureInfo.InvariantCulture) : null);

    private static long? TopicOf(Message message) => message.IsTopicMessage == true ? message.MessageThreadId : null;

    private async Task OnMessageAsync(Message message, CancellationToken cancellationToken)
    {
        if (message.MigrateToChatId is { } newId)
        {
            await MoveChatAsync(message.Chat.Id, newId, cancellationToken).ConfigureAwait(false);
            return;
        }

        var text = message.Text;
        if (text is null || !text.StartsWith('/') || text.Length < 2 || !await identity.IsForMeAsync(text, cancellationToken).ConfigureAwait(false))
        {
            return;
        }

        var command = Command.Parse(text);
        var context = new CommandContext
        {
            Channel = ChannelOf(message),
            UserId = (message.From?.Id ?? message.SenderChat?.Id ?? 0).ToString(CultureInfo.InvariantCulture),
            CanManageChannel = await admins.CanManageAsync(message.Chat, message.From, message.SenderChat, cancellationToken).ConfigureAwait(false),
            Locale = message.From?.LanguageCode,
        };
        Log.CommandReceived(logger, command.Name, context.Channel.ToString(), context.UserId, context.CanManageChannel);
        var reply = await commands.HandleAsync(command, context, cancellationToken).ConfigureAwait(false);
        await replies.SendAsync(message.Chat, TopicOf(message), message.MessageId, reply, cancellationToken).ConfigureAwait(false);
    }

    private async Task OnMembershipAsync(ChatMemberUpdated membership, CancellationToken cancellationToken)
    {
        var chatId = membership.Chat.Id.ToString(CultureInfo.InvariantCulture);
        var wasPresent = membership.OldChatMember.IsPresent;
        var isPresent = membership.NewChatMember.IsPresent;
        if (wasPresent == isPresent)
        {
            // Promoted or demoted: still there, nothing to pause or resume.
            return;
        }

        var changed = await subscriptions.SetChatPausedAsync(TelegramChatTransport.PlatformName, chatId, paused: !isPresent, cancellationToken).ConfigureAwait(false);
        Log.MembershipChanged(logger, chatId, membership.OldChatMember.Status, membership.NewChatMember.Status, changed);
    }

    private async Task MoveChatAsync(long from, long to, CancellationToken cancellationToken)
    {
        var fromId = from.ToString(CultureInfo.InvariantCulture);
        var toId = to.ToString(CultureInfo.InvariantCulture);
        var moved = await subscriptions.MoveChatAsync(TelegramChatTransport.PlatformName, fromId, toId, cancellationToken).ConfigureAwait(false);
        var queued = await deliveries.MoveChatAsync(TelegramChatTransport.PlatformName, fromId, toId, cancellationToken).ConfigureAwait(false);
        Log.ChatMigrated(logger, fromId, toId, moved, queued);
    }

    private async Task OnCallbackAsync(CallbackQuery callback, CancellationToken cancellationToken)
    {
        string? answer = "This button no longer works.";
        try
        {
            if (callback.Message is { } message && callback.Data is { Length: > 2 } data)
            {
                answer = await RunButtonAsync(callback, message, data, cancellationToken).ConfigureAwait(false);
            }
        }
        finally
        {
            // Unanswered, the user's button keeps spinning; the answer is a short toast (200 characters at most).
            await AnswerAsync(callback.Id, answer, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task<string?> RunButtonAsync(CallbackQuery callback, Message message, string data, CancellationToken cancellationToken)
    {
        var channel = ChannelOf(message);
        var hash = data[2..];
        var subscription = (await subscriptions.ListByChannelAsync(channel, cancellationToken).ConfigureAwait(false))
            .FirstOrDefault(s => AlertButtons.TopicHash(s.Query) == hash);
        if (subscription is null)
        {
            return "This chat no longer follows that topic.";
        }

        Command command;
        if (data.StartsWith(AlertButtons.FiguresPrefix, StringComparison.Ordinal))
        {
            command = new Command("figures", subscription.Query);
        }
        else if (data.StartsWith(AlertButtons.UnsubscribePrefix, StringComparison.Ordinal))
        {
            command = new Command("unsubscribe", subscription.Id.ToString(CultureInfo.InvariantCulture));
        }
        else
        {
            return "This button no longer works.";
        }

        var context = new CommandContext
        {
            Channel = channel,
            UserId = callback.From.Id.ToString(CultureInfo.InvariantCulture),
            CanManageChannel = await admins.CanManageAsync(message.Chat, callback.From, null, cancellationToken).ConfigureAwait(false),
            Locale = callback.From.LanguageCode,
        };
        Log.CommandReceived(logger, command.Name, channel.ToString(), context.UserId, context.CanManageChannel);
        var reply = await commands.HandleAsync(command, context, cancellationToken).ConfigureAwait(false);
        if (!reply.IsError || command.Name == "figures")
        {
            await replies.SendAsync(message.Chat, TopicOf(message), message.MessageId, reply, cancellationToken).ConfigureAwait(false);
        }

        return reply.Title.Length <= 200 ? reply.Title : string.Concat(reply.Title.AsSpan(0, 199), "…");
    }

    private async Task AnswerAsync(string id, string? text, CancellationToken cancellationToken)
    {
        try
        {
            await client.AnswerCallbackQueryAsync(new AnswerCallbackQueryRequest { CallbackQueryId = id, Text = text }, cancellationToken).ConfigureAwait(false);
        }
        catch (BotApiException ex)
        {
            // Too late (over ~15 s) or already answered: nothing left to do for this press.
            Log.CallbackAnswerFailed(logger, ex.Description);
        }
    }
}

using System.Globalization;
using Microsoft.Extensions.Logging;
using NewsBot.Core.Commands;
using NewsBot.Core.Delivery;
using NewsBot.Core.Subscriptions;
using NewsBot.Core.Text;
using NewsBot.Telegram.Delivery;
using NewsBot.Telegram.Rendering;
using Telegram.Bot.Requests;
using Telegram.Bot.Types;

namespace NewsBot.Telegram.Interaction;

/// <summary>
/// Acts on one update: a command is run by <see cref="CommandService"/> and its answer returned for its chat; the
/// bot's own membership changes pause or resume the chat's subscriptions; a group upgrade moves them; button
/// presses run "More figures" or "Unsubscribe" and are always answered. Nothing is sent from here: the poller
/// records the <see cref="UpdateOutcome"/> before sending it, so a restart never runs a command twice. Every
/// effect here is also safe to run twice (a second subscribe finds the first, a pause of a paused chat changes
/// nothing), for the one case where a restart does: a stop after the effect and before the outcome was recorded.
/// </summary>
internal sealed class UpdateHandler(
    CommandService commands,
    ChatAdmins admins,
    BotIdentity identity,
    ISubscriptionStore subscriptions,
    TelegramChatTransport chats,
    ILogger<UpdateHandler> logger)
{
    /// <summary>What the poller asks <c>getUpdates</c> for; anything else is not delivered.</summary>
    public static readonly IReadOnlyList<string> AllowedUpdates = ["message", "channel_post", "callback_query", "my_chat_member"];

    public async Task<UpdateOutcome> HandleAsync(Update update, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(update);
        return update switch
        {
            { Message: { } message } => await OnMessageAsync(message, cancellationToken).ConfigureAwait(false),
            { ChannelPost: { } post } => await OnMessageAsync(post, cancellationToken).ConfigureAwait(false),
            { CallbackQuery: { } callback } => await OnCallbackAsync(callback, cancellationToken).ConfigureAwait(false),
            { MyChatMember: { } membership } => await OnMembershipAsync(membership, cancellationToken).ConfigureAwait(false),
            _ => UpdateOutcome.None,
        };
    }

    /// <summary>What a button press gets when its update is given up on: its spinner stops all the same.</summary>
    public static UpdateOutcome GivenUp(Update update) => update?.CallbackQuery is { } callback
        ? new UpdateOutcome { Answer = new AnswerCallbackQueryRequest { CallbackQueryId = callback.Id, Text = "Something went wrong; try again later." } }
        : UpdateOutcome.None;

    /// <summary>What a press gets when its work runs long: the spinner stops at once, the result follows.</summary>
    public static AnswerCallbackQueryRequest? EarlyAnswer(Update update) => update?.CallbackQuery is { } callback
        ? new AnswerCallbackQueryRequest { CallbackQueryId = callback.Id, Text = "Working on it…" }
        : null;

    /// <summary>
    /// The outcome of a press already answered early: a press is answered once, so its answer is dropped, and
    /// what that answer would have said (a refusal, say) is posted as a reply when nothing else is.
    /// </summary>
    public static UpdateOutcome AfterEarlyAnswer(Update update, UpdateOutcome outcome)
    {
        ArgumentNullException.ThrowIfNull(update);
        ArgumentNullException.ThrowIfNull(outcome);
        return outcome.Messages.Count == 0 && outcome.Answer?.Text is { Length: > 0 } text && update.CallbackQuery?.Message is { } message
            ? new UpdateOutcome { Messages = [ReplyTo(message, Reply.Text(text))] }
            : outcome with { Answer = null };
    }

    /// <summary>A command's reply, posted in <paramref name="message"/>'s chat and topic as an answer to it (or alone once it is gone).</summary>
    internal static SendMessageRequest ReplyTo(Message message, Reply reply) =>
        TelegramHtml.Message(message.Chat.Id, TopicOf(message), ReplyHtml.Render(reply), replyTo: message.MessageId);

    private static ChannelAddress ChannelOf(Message message) => new(
        TelegramChatTransport.PlatformName, message.Chat.Id.ToString(CultureInfo.InvariantCulture), TopicOf(message)?.ToString(CultureInfo.InvariantCulture));

    private static int? TopicOf(Message message) => message.IsTopicMessage ? message.MessageThreadId : null;

    private async Task<UpdateOutcome> OnMessageAsync(Message message, CancellationToken cancellationToken)
    {
        if (message.MigrateToChatId is { } newId)
        {
            await chats.MoveChatAsync(message.Chat.Id.ToString(CultureInfo.InvariantCulture), newId, cancellationToken).ConfigureAwait(false);
            return UpdateOutcome.None;
        }

        var command = message.Text is ['/', _, ..] text ? Command.Parse(text) : null;
        if (command is null || !await identity.IsForMeAsync(command, cancellationToken).ConfigureAwait(false))
        {
            return UpdateOutcome.None;
        }

        var reply = await RunAsync(command, message, message.From, message.SenderChat, cancellationToken).ConfigureAwait(false);
        return new UpdateOutcome { Messages = [ReplyTo(message, reply)] };
    }

    /// <summary>Runs a command typed, or pressed as a button, in <paramref name="message"/>'s chat and topic.</summary>
    private async Task<Reply> RunAsync(Command command, Message message, User? user, Chat? senderChat, CancellationToken cancellationToken)
    {
        var context = new CommandContext
        {
            Channel = ChannelOf(message),
            UserId = (user?.Id ?? senderChat?.Id ?? 0).ToString(CultureInfo.InvariantCulture),
            CanManageChannel = await admins.CanManageAsync(message.Chat, user, senderChat, cancellationToken).ConfigureAwait(false),
            Locale = user?.LanguageCode,
        };
        Log.CommandReceived(logger, command.Name, context.Channel.ToString(), context.UserId, context.CanManageChannel);
        return await commands.HandleAsync(command, context, cancellationToken).ConfigureAwait(false);
    }

    private async Task<UpdateOutcome> OnMembershipAsync(ChatMemberUpdated membership, CancellationToken cancellationToken)
    {
        var chatId = membership.Chat.Id.ToString(CultureInfo.InvariantCulture);
        // IsInChat: owner, administrator, member, or restricted but still a member; not left or kicked.
        var isPresent = membership.NewChatMember.IsInChat;
        if (membership.OldChatMember.IsInChat == isPresent)
        {
            // Promoted or demoted: still there, nothing to pause or resume.
            return UpdateOutcome.None;
        }

        var changed = await subscriptions.SetChatPausedAsync(TelegramChatTransport.PlatformName, chatId, paused: !isPresent, cancellationToken).ConfigureAwait(false);
        Log.MembershipChanged(logger, chatId, membership.OldChatMember.Status, membership.NewChatMember.Status, changed);
        return UpdateOutcome.None;
    }

    private async Task<UpdateOutcome> OnCallbackAsync(CallbackQuery callback, CancellationToken cancellationToken)
    {
        var (answer, messages) = callback.Message is { } message && callback.Data is { Length: > 2 } data
            && data[..2] is AlertButtons.FiguresPrefix or AlertButtons.UnsubscribePrefix
            ? await RunButtonAsync(callback, message, data, cancellationToken).ConfigureAwait(false)
            : ("This button no longer works.", []);

        // Unanswered, the user's button keeps spinning; the answer is a short toast (200 characters at most).
        return new UpdateOutcome { Messages = messages, Answer = new AnswerCallbackQueryRequest { CallbackQueryId = callback.Id, Text = answer } };
    }

    /// <summary>Runs an <see cref="AlertButtons"/> press (its prefix checked by the caller) for the subscription its hash names.</summary>
    private async Task<(string Answer, IReadOnlyList<SendMessageRequest> Messages)> RunButtonAsync(
        CallbackQuery callback, Message message, string data, CancellationToken cancellationToken)
    {
        var channel = ChannelOf(message);
        var hash = data[2..];
        var subscription = (await subscriptions.ListByChannelAsync(channel, cancellationToken).ConfigureAwait(false))
            .FirstOrDefault(s => AlertButtons.TopicHash(s.Query) == hash);
        if (subscription is null)
        {
            return ("This chat no longer follows that topic.", []);
        }

        var command = data[..2] == AlertButtons.FiguresPrefix
            ? new Command("figures", subscription.Query)
            : new Command("unsubscribe", subscription.Id.ToString(CultureInfo.InvariantCulture));
        var reply = await RunAsync(command, message, callback.From, null, cancellationToken).ConfigureAwait(false);
        IReadOnlyList<SendMessageRequest> messages = !reply.IsError || command.Name == "figures" ? [ReplyTo(message, reply)] : [];
        return (DisplayText.Shorten(reply.Title, 200), messages);
    }
}

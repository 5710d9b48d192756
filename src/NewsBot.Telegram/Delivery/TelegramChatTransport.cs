using System.Globalization;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NewsBot.Core.Alerts;
using NewsBot.Core.Delivery;
using NewsBot.Core.Subscriptions;
using NewsBot.Telegram.Api;
using NewsBot.Telegram.Interaction;
using NewsBot.Telegram.Rendering;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Requests;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace NewsBot.Telegram.Delivery;

/// <summary>
/// Posts alerts to Telegram chats, channels and forum topics as HTML messages. Pacing sits in front of it
/// (registered with <c>AddPacedTransport</c>); here Telegram's answers become <see cref="ChatDeliveryException"/>s:
/// 429 carries its retry_after, 403 or a vanished chat makes the channel unavailable, a group upgraded to a
/// supergroup has its subscriptions and queued alerts moved to the new id before the send is retried there, and a
/// send whose answer was lost (timeout, connection cut once under way, 5xx) is marked
/// <see cref="ChatDeliveryException.OutcomeUnknown"/>: Telegram has no idempotency key, so only the dispatcher's
/// policy may decide to send it again.
/// </summary>
internal sealed class TelegramChatTransport(
    BotApi api,
    ISubscriptionStore subscriptions,
    IDeliveryStore deliveries,
    IOptions<TelegramOptions> options,
    TimeProvider timeProvider,
    ILogger<TelegramChatTransport> logger) : IChatTransport
{
    public const string PlatformName = "telegram";

    private readonly QuietHours _quietHours = QuietHours.TryParse(options.Value.QuietHours, options.Value.QuietHoursTimeZone, out var quiet) ? quiet : QuietHours.None;

    public string Platform => PlatformName;

    public async Task<string> SendAlertAsync(ChannelAddress channel, Alert alert, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(channel);
        ArgumentNullException.ThrowIfNull(alert);
        var request = TelegramHtml.Message(ChatOf(channel.ChannelId), Thread(channel), AlertHtml.Render(alert));
        request.LinkPreviewOptions = Preview(alert.Link);
        request.DisableNotification = _quietHours.IsQuiet(timeProvider.GetUtcNow());
        request.ReplyMarkup = AlertButtons.For(alert);
        return await SendAsync(channel, request, followMigration: true, cancellationToken).ConfigureAwait(false);
    }

    public async Task<string> SendUpdateAsync(ChannelAddress channel, AlertUpdate update, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(channel);
        ArgumentNullException.ThrowIfNull(update);
        var original = int.TryParse(update.OriginalMessageId, NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : (int?)null;
        if (update.MayEdit && original is { } messageId)
        {
            try
            {
                await api.CallAsync(
                    new EditMessageTextRequest
                    {
                        ChatId = ChatOf(channel.ChannelId),
                        MessageId = messageId,
                        Text = AlertHtml.Render(update.Updated),
                        ParseMode = ParseMode.Html,
                        LinkPreviewOptions = Preview(update.Updated.Link),
                        ReplyMarkup = AlertButtons.For(update.Updated),
                    },
                    cancellationToken).ConfigureAwait(false);
                return update.OriginalMessageId;
            }
            catch (ApiRequestException ex) when (ex.IsNotModified())
            {
                return update.OriginalMessageId;
            }
            catch (ApiRequestException ex) when (ex.ErrorCode == 400 && ex.Parameters?.MigrateToChatId is null && !ex.Message.Contains("chat not found", StringComparison.OrdinalIgnoreCase))
            {
                // Deleted, too old to edit, or from before a migration: the follow-up still tells the news.
                Log.EditFellBackToFollowUp(logger, channel.ToString(), ex.Message);
            }
            catch (Exception ex) when (ex is RequestException or TimeoutException)
            {
                // An edit sent twice changes nothing more: safe to retry even when its answer was lost.
                throw Failed(channel, ex, retryIsIdempotent: true);
            }
        }

        var followUp = TelegramHtml.Message(ChatOf(channel.ChannelId), Thread(channel), AlertHtml.RenderFollowUp(update), replyTo: original);

        // A follow-up adds to an alert already announced: no second ring.
        followUp.DisableNotification = true;
        return await SendAsync(channel, followUp, followMigration: true, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>A numeric id, or a public channel's <c>@username</c>; anything else can never be posted to.</summary>
    private static ChatId ChatOf(string channelId)
    {
        try
        {
            return new ChatId(channelId);
        }
        catch (ArgumentException ex)
        {
            throw new ChatDeliveryException($"Telegram has no chat \"{channelId}\": a chat is a number or an @channel name.", ex) { ChannelUnavailable = true };
        }
    }

    private static int? Thread(ChannelAddress channel) =>
        int.TryParse(channel.ThreadId, NumberStyles.None, CultureInfo.InvariantCulture, out var thread) ? thread : null;

    private static LinkPreviewOptions Preview(Uri? link) =>
        link is null ? new LinkPreviewOptions { IsDisabled = true } : new LinkPreviewOptions { Url = link.AbsoluteUri, PreferSmallMedia = true };

    /// <summary>Posts the message and returns its id; a group upgraded to a supergroup is followed once.</summary>
    private async Task<string> SendAsync(ChannelAddress channel, SendMessageRequest request, bool followMigration, CancellationToken cancellationToken)
    {
        try
        {
            var message = await api.CallAsync(request, cancellationToken).ConfigureAwait(false);
            return message.MessageId.ToString(CultureInfo.InvariantCulture);
        }
        catch (ApiRequestException ex) when (followMigration && ex.Parameters?.MigrateToChatId is { } newId)
        {
            var to = await MoveChatAsync(channel.ChannelId, newId, cancellationToken).ConfigureAwait(false);
            request.ChatId = newId;
            return await SendAsync(channel with { ChannelId = to }, request, followMigration: false, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is RequestException or TimeoutException)
        {
            throw Failed(channel, ex, retryIsIdempotent: false);
        }
    }

    /// <summary>
    /// A group became a supergroup (said by a send's refusal, or by a service message): its subscriptions and queued
    /// alerts move to the new id, which is returned.
    /// </summary>
    public async Task<string> MoveChatAsync(string from, long to, CancellationToken cancellationToken)
    {
        var toId = to.ToString(CultureInfo.InvariantCulture);
        var moved = await subscriptions.MoveChatAsync(PlatformName, from, toId, cancellationToken).ConfigureAwait(false);
        var queued = await deliveries.MoveChatAsync(PlatformName, from, toId, cancellationToken).ConfigureAwait(false);
        Log.ChatMigrated(logger, from, toId, moved, queued);
        return toId;
    }

    private static ChatDeliveryException Failed(ChannelAddress channel, Exception ex, bool retryIsIdempotent)
    {
        var api = ex as ApiRequestException;
        var what = api is null ? ex.Message : $"{api.ErrorCode} {api.Message}";
        var unknown = ApiErrors.IsOutcomeUnknown(ex);
        var message = unknown ? $"Telegram's answer to the message to {channel} was lost: {what}"
            : api is not null ? $"Telegram refused the message to {channel}: {what}"
            : $"The message to {channel} could not be sent: {what}";
        return new ChatDeliveryException(message, ex)
        {
            ChannelUnavailable = api?.IsChatUnavailable() ?? false,
            RetryAfter = api?.RetryAfter(),
            OutcomeUnknown = unknown,
            RetryIsIdempotent = unknown && retryIsIdempotent,
        };
    }
}

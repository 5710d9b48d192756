using System.Globalization;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NewsBot.Core.Alerts;
using NewsBot.Core.Delivery;
using NewsBot.Core.Subscriptions;
using NewsBot.Telegram.Api;
using NewsBot.Telegram.Interaction;
using NewsBot.Telegram.Rendering;

namespace NewsBot.Telegram.Delivery;

/// <summary>
/// Posts alerts to Telegram chats, channels and forum topics as HTML messages. Pacing sits in front of it
/// (registered with <c>AddPacedTransport</c>); here Telegram's refusals become <see cref="ChatDeliveryException"/>s:
/// 429 carries its retry_after, 403 or a vanished chat makes the channel unavailable, and a group upgraded to a
/// supergroup has its subscriptions and queued alerts moved to the new id before the send is retried there.
/// </summary>
internal sealed class TelegramChatTransport(
    BotApiClient client,
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
        var request = new SendMessageRequest
        {
            ChatId = new ChatId(channel.ChannelId),
            MessageThreadId = Thread(channel),
            Text = AlertHtml.Render(alert),
            ParseMode = "HTML",
            LinkPreviewOptions = Preview(alert.Link),
            DisableNotification = _quietHours.IsQuiet(timeProvider.GetUtcNow()) ? true : null,
            ReplyMarkup = AlertButtons.For(alert),
        };
        var message = await SendAsync(channel, request, cancellationToken).ConfigureAwait(false);
        return message.MessageId.ToString(CultureInfo.InvariantCulture);
    }

    public async Task<string> SendUpdateAsync(ChannelAddress channel, AlertUpdate update, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(channel);
        ArgumentNullException.ThrowIfNull(update);
        var original = long.TryParse(update.OriginalMessageId, NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : (long?)null;
        if (update.MayEdit && original is { } messageId)
        {
            try
            {
                await client.EditMessageTextAsync(
                    new EditMessageTextRequest
                    {
                        ChatId = new ChatId(channel.ChannelId),
                        MessageId = messageId,
                        Text = AlertHtml.Render(update.Updated),
                        ParseMode = "HTML",
                        LinkPreviewOptions = Preview(update.Updated.Link),
                        ReplyMarkup = AlertButtons.For(update.Updated),
                    },
                    cancellationToken).ConfigureAwait(false);
                return update.OriginalMessageId;
            }
            catch (BotApiException ex) when (ex.ErrorCode == 400 && ex.MigrateToChatId is null && !ex.Description.Contains("chat not found", StringComparison.OrdinalIgnoreCase))
            {
                // Deleted, too old to edit, or from before a migration: the follow-up still tells the news.
                Log.EditFellBackToFollowUp(logger, channel.ToString(), ex.Description);
            }
            catch (BotApiException ex)
            {
                throw Refused(channel, ex);
            }
        }

        var followUp = new SendMessageRequest
        {
            ChatId = new ChatId(channel.ChannelId),
            MessageThreadId = Thread(channel),
            Text = AlertHtml.RenderFollowUp(update),
            ParseMode = "HTML",
            LinkPreviewOptions = new LinkPreviewOptions { IsDisabled = true },

            // A follow-up adds to an alert already announced: no second ring.
            DisableNotification = true,
            ReplyParameters = original is { } replyTo ? new ReplyParameters { MessageId = replyTo, AllowSendingWithoutReply = true } : null,
        };
        var message = await SendAsync(channel, followUp, cancellationToken).ConfigureAwait(false);
        return message.MessageId.ToString(CultureInfo.InvariantCulture);
    }

    private static long? Thread(ChannelAddress channel) =>
        long.TryParse(channel.ThreadId, NumberStyles.None, CultureInfo.InvariantCulture, out var thread) ? thread : null;

    private static LinkPreviewOptions Preview(Uri? link) =>
        link is null ? new LinkPreviewOptions { IsDisabled = true } : new LinkPreviewOptions { Url = link.AbsoluteUri, PreferSmallMedia = true };

    private async Task<Message> SendAsync(ChannelAddress channel, SendMessageRequest request, CancellationToken cancellationToken)
    {
        try
        {
            return await client.SendMessageAsync(request, cancellationToken).ConfigureAwait(false);
        }
        catch (BotApiException ex) when (ex.MigrateToChatId is { } newId)
        {
            var to = newId.ToString(CultureInfo.InvariantCulture);
            var moved = await subscriptions.MoveChatAsync(PlatformName, channel.ChannelId, to, cancellationToken).ConfigureAwait(false);
            var queued = await deliveries.MoveChatAsync(PlatformName, channel.ChannelId, to, cancellationToken).ConfigureAwait(false);
            Log.ChatMigrated(logger, channel.ChannelId, to, moved, queued);
            try
            {
                return await client.SendMessageAsync(request with { ChatId = new ChatId(to) }, cancellationToken).ConfigureAwait(false);
            }
            catch (BotApiException again)
            {
                throw Refused(channel with { ChannelId = to }, again);
            }
        }
        catch (BotApiException ex)
        {
            throw Refused(channel, ex);
        }
    }

    private static ChatDeliveryException Refused(ChannelAddress channel, BotApiException ex) => new($"Telegram refused the message to {channel}: {ex.ErrorCode} {ex.Description}", ex)
    {
        ChannelUnavailable = ex.IsChatUnavailable,
        RetryAfter = ex.RetryAfter,
    };
}

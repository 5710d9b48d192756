using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using NewsBot.Core.Alerts;
using NewsBot.Core.Delivery;
using NewsBot.Discord.Json;
using NewsBot.Discord.Rest;

namespace NewsBot.Discord.Messages;

/// <summary>
/// Posts alerts to Discord channels as embeds. A thread (<see cref="ChannelAddress.ThreadId"/>) is posted to
/// directly; in a forum channel each alert opens a post. Every message carries the delivery's nonce with
/// <c>enforce_nonce</c>, so a resend after a crash is not posted twice, and <c>allowed_mentions</c> empty.
/// A post or edit whose answer is lost (5xx, timeout, broken connection) is reported as an unknown outcome; a
/// message's resend is safe thanks to the nonce, an edit's too, but a forum post's is not (Discord takes no nonce
/// when it opens a thread), so the outbox's <c>Delivery:OnUncertain</c> decides for those.
/// Register it only through <c>AddPacedTransport</c>.
/// </summary>
internal sealed class DiscordChatTransport(DiscordRestClient rest, ILogger<DiscordChatTransport> logger) : IChatTransport
{
    public const string PlatformName = "discord";

    // Forum (15) and media (16) channels take posts, not messages.
    private static readonly int[] ForumTypes = [15, 16];

    private readonly ConcurrentDictionary<string, ChannelKind> _kinds = new(StringComparer.Ordinal);

    public string Platform => PlatformName;

    public Task<string> SendAlertAsync(ChannelAddress channel, Alert alert, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(channel);
        ArgumentNullException.ThrowIfNull(alert);
        var embed = AlertEmbedRenderer.Render(alert);
        return GuardAsync(channel, () => PostAsync(channel, embed, alert.Title, DeliveryNonce.From(alert.DeliveryKey), cancellationToken));
    }

    public Task<string> SendUpdateAsync(ChannelAddress channel, AlertUpdate update, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(channel);
        ArgumentNullException.ThrowIfNull(update);
        return GuardAsync(channel, async () =>
        {
            if (update.MayEdit)
            {
                // A forum post's starter message has the id of its thread, which is where it is edited.
                var where = channel.ThreadId
                    ?? (await KindOfAsync(channel.ChannelId, cancellationToken).ConfigureAwait(false) == ChannelKind.Forum ? update.OriginalMessageId : channel.ChannelId);
                var edited = await UnknownOutcome.WriteAsync(
                    idempotent: true,
                    () => rest.SendAsync(
                        HttpMethod.Patch,
                        $"channels/{where}/messages/{update.OriginalMessageId}",
                        new MessageEdit { Embeds = [AlertEmbedRenderer.Render(update.Updated)] },
                        DiscordJsonContext.Default.MessageEdit,
                        DiscordJsonContext.Default.MessageDto,
                        cancellationToken),
                    cancellationToken).ConfigureAwait(false);
                return edited.Id;
            }

            var followUp = AlertEmbedRenderer.RenderFollowUp(update);
            var target = channel.ThreadId is null && await KindOfAsync(channel.ChannelId, cancellationToken).ConfigureAwait(false) == ChannelKind.Forum
                ? channel with { ThreadId = update.OriginalMessageId }
                : channel;
            return await PostAsync(target, followUp, update.Updated.Title, DeliveryNonce.From(update.Updated.DeliveryKey), cancellationToken).ConfigureAwait(false);
        });
    }

    private async Task<string> PostAsync(ChannelAddress channel, Embed embed, string title, string? nonce, CancellationToken cancellationToken)
    {
        var message = new MessageCreate { Embeds = [embed], Nonce = nonce, EnforceNonce = nonce is null ? null : true };
        if (channel.ThreadId is { } thread)
        {
            return await CreateMessageAsync(thread, message, cancellationToken).ConfigureAwait(false);
        }

        if (await KindOfAsync(channel.ChannelId, cancellationToken).ConfigureAwait(false) == ChannelKind.Forum)
        {
            var post = await UnknownOutcome.WriteAsync(
                idempotent: false,
                () => rest.SendAsync(
                    HttpMethod.Post,
                    $"channels/{channel.ChannelId}/threads",
                    new ForumThreadCreate { Name = EmbedText.Plain(title, 100), Message = message },
                    DiscordJsonContext.Default.ForumThreadCreate,
                    DiscordJsonContext.Default.ChannelDto,
                    cancellationToken),
                cancellationToken).ConfigureAwait(false);
            return post.Message?.Id ?? post.Id;
        }

        return await CreateMessageAsync(channel.ChannelId, message, cancellationToken).ConfigureAwait(false);
    }

    private async Task<string> CreateMessageAsync(string channelId, MessageCreate message, CancellationToken cancellationToken)
    {
        var created = await UnknownOutcome.WriteAsync(
            idempotent: message.Nonce is not null,
            () => rest.SendAsync(
                HttpMethod.Post,
                $"channels/{channelId}/messages",
                message,
                DiscordJsonContext.Default.MessageCreate,
                DiscordJsonContext.Default.MessageDto,
                cancellationToken),
            cancellationToken).ConfigureAwait(false);
        return created.Id;
    }

    // Looked up once per channel and process: it also proves the bot can see the channel before it posts.
    private async Task<ChannelKind> KindOfAsync(string channelId, CancellationToken cancellationToken)
    {
        if (_kinds.TryGetValue(channelId, out var known))
        {
            return known;
        }

        var channel = await rest.GetAsync($"channels/{channelId}", DiscordJsonContext.Default.ChannelDto, cancellationToken).ConfigureAwait(false);
        var kind = ForumTypes.Contains(channel.Type) ? ChannelKind.Forum : ChannelKind.Text;
        _kinds[channelId] = kind;
        return kind;
    }

    private async Task<string> GuardAsync(ChannelAddress channel, Func<Task<string>> send)
    {
        try
        {
            return await send().ConfigureAwait(false);
        }
        catch (DiscordApiException ex) when (DiscordErrorCodes.MeansChannelUnavailable(ex.Code))
        {
            _kinds.TryRemove(channel.ChannelId, out _);
            Log.ChannelUnavailable(logger, channel.ToString(), ex.Message);
            throw new ChatDeliveryException(ex.Message, ex) { ChannelUnavailable = true };
        }
        catch (DiscordApiException ex)
        {
            throw new ChatDeliveryException(ex.Message, ex) { RetryAfter = ex.RetryAfter, GlobalLimit = ex.GlobalLimit, NotAttempted = ex.NotAttempted };
        }
    }
}

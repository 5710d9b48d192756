using Microsoft.Extensions.Logging;
using NewsBot.Core.Commands;
using NewsBot.Telegram.Api;
using NewsBot.Telegram.Rendering;

namespace NewsBot.Telegram.Interaction;

/// <summary>
/// Posts a command's reply in the chat (and topic) it came from, as an answer to the command's message. A 429
/// is waited out once; any other refusal is logged, since a chat that cannot be answered must not stop the poller.
/// </summary>
internal sealed class ReplySender(BotApiClient client, TimeProvider timeProvider, ILogger<ReplySender> logger)
{
    private static readonly TimeSpan LongestWait = TimeSpan.FromSeconds(30);

    public async Task SendAsync(Chat chat, long? threadId, long? replyTo, Reply reply, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(chat);
        ArgumentNullException.ThrowIfNull(reply);
        var request = new SendMessageRequest
        {
            ChatId = ChatId.From(chat.Id),
            MessageThreadId = threadId,
            Text = ReplyHtml.Render(reply),
            ParseMode = "HTML",
            LinkPreviewOptions = new LinkPreviewOptions { IsDisabled = true },
            ReplyParameters = replyTo is { } id ? new ReplyParameters { MessageId = id, AllowSendingWithoutReply = true } : null,
        };
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await client.SendMessageAsync(request, cancellationToken).ConfigureAwait(false);
                return;
            }
            catch (BotApiException ex) when (ex.RetryAfter is { } wait && wait <= LongestWait && attempt == 1)
            {
                await Task.Delay(wait, timeProvider, cancellationToken).ConfigureAwait(false);
            }
            catch (BotApiException ex)
            {
                Log.ReplyFailed(logger, chat.Id, ex.ErrorCode, ex.Description);
                return;
            }
        }
    }
}

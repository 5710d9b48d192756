using Microsoft.Extensions.Logging;
using NewsBot.Core.Commands;
using NewsBot.Telegram.Api;
using NewsBot.Telegram.Rendering;

namespace NewsBot.Telegram.Interaction;

/// <summary>
/// Builds and posts a command's reply in the chat (and topic) it came from, as an answer to the command's message.
/// A 429 is waited out once; any other refusal is logged, since a chat that cannot be answered must not stop the
/// poller. Network failures and 5xx are left to the caller, which tries the update again.
/// </summary>
internal sealed class ReplySender(BotApiClient client, TimeProvider timeProvider, ILogger<ReplySender> logger)
{
    private static readonly TimeSpan LongestWait = TimeSpan.FromSeconds(30);

    public static SendMessageRequest Build(Chat chat, long? threadId, long? replyTo, Reply reply)
    {
        ArgumentNullException.ThrowIfNull(chat);
        ArgumentNullException.ThrowIfNull(reply);
        return new SendMessageRequest
        {
            ChatId = ChatId.From(chat.Id),
            MessageThreadId = threadId,
            Text = ReplyHtml.Render(reply),
            ParseMode = "HTML",
            LinkPreviewOptions = new LinkPreviewOptions { IsDisabled = true },
            ReplyParameters = replyTo is { } id ? new ReplyParameters { MessageId = id, AllowSendingWithoutReply = true } : null,
        };
    }

    public async Task SendAsync(SendMessageRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
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
            catch (BotApiException ex) when (ex.ErrorCode is not (429 or >= 500))
            {
                Log.ReplyFailed(logger, request.ChatId.Value, ex.ErrorCode, ex.Description);
                return;
            }
        }
    }

    /// <summary>Stops the button's spinner; too late (over ~15 s) or already answered leaves nothing to do.</summary>
    public async Task AnswerAsync(AnswerCallbackQueryRequest request, CancellationToken cancellationToken)
    {
        try
        {
            await client.AnswerCallbackQueryAsync(request, cancellationToken).ConfigureAwait(false);
        }
        catch (BotApiException ex) when (ex.ErrorCode is not (429 or >= 500))
        {
            Log.CallbackAnswerFailed(logger, ex.Description);
        }
    }
}

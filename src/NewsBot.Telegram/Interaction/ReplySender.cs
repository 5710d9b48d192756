using Microsoft.Extensions.Logging;
using NewsBot.Core.Commands;
using NewsBot.Telegram.Api;
using NewsBot.Telegram.Rendering;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Requests;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace NewsBot.Telegram.Interaction;

/// <summary>
/// Builds and posts a command's reply in the chat (and topic) it came from, as an answer to the command's message.
/// A 429 is waited out once; any other refusal is logged, since a chat that cannot be answered must not stop the
/// poller. Network failures and 5xx are left to the caller, which tries the update again.
/// </summary>
internal sealed class ReplySender(BotApi api, TimeProvider timeProvider, ILogger<ReplySender> logger)
{
    private static readonly TimeSpan LongestWait = TimeSpan.FromSeconds(30);

    public static SendMessageRequest Build(Chat chat, int? threadId, int? replyTo, Reply reply)
    {
        ArgumentNullException.ThrowIfNull(chat);
        ArgumentNullException.ThrowIfNull(reply);
        return new SendMessageRequest
        {
            ChatId = chat.Id,
            MessageThreadId = threadId,
            Text = ReplyHtml.Render(reply),
            ParseMode = ParseMode.Html,
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
                await api.CallAsync(request, api.SendTimeout, cancellationToken).ConfigureAwait(false);
                return;
            }
            catch (ApiRequestException ex) when (ex.RetryAfter() is { } wait && wait <= LongestWait && attempt == 1)
            {
                await Task.Delay(wait, timeProvider, cancellationToken).ConfigureAwait(false);
            }
            catch (ApiRequestException ex) when (ex.ErrorCode is not (429 or >= 500))
            {
                Log.ReplyFailed(logger, request.ChatId?.ToString() ?? "?", ex.ErrorCode, ex.Message);
                return;
            }
        }
    }

    /// <summary>Stops the button's spinner; too late (over ~15 s) or already answered leaves nothing to do.</summary>
    public async Task AnswerAsync(AnswerCallbackQueryRequest request, CancellationToken cancellationToken)
    {
        try
        {
            await api.CallAsync(request, cancellationToken).ConfigureAwait(false);
        }
        catch (ApiRequestException ex) when (ex.ErrorCode is not (429 or >= 500))
        {
            Log.CallbackAnswerFailed(logger, ex.Message);
        }
    }
}

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
/// A refusal is logged, since a chat that cannot be answered must not stop the poller; a passing failure (network,
/// 5xx, 429) is left to the caller, which tries the call again.
/// </summary>
internal sealed class ReplySender(BotApi api, ILogger<ReplySender> logger)
{
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
        try
        {
            await api.CallAsync(request, api.SendTimeout, cancellationToken).ConfigureAwait(false);
        }
        catch (ApiRequestException ex) when (!ApiErrors.IsTransient(ex))
        {
            Log.ReplyFailed(logger, request.ChatId?.ToString() ?? "?", ex.ErrorCode, ex.Message);
        }
    }

    /// <summary>Stops the button's spinner; too late (over ~15 s) or already answered leaves nothing to do.</summary>
    public async Task AnswerAsync(AnswerCallbackQueryRequest request, CancellationToken cancellationToken)
    {
        try
        {
            await api.CallAsync(request, cancellationToken).ConfigureAwait(false);
        }
        catch (ApiRequestException ex) when (!ApiErrors.IsTransient(ex))
        {
            Log.CallbackAnswerFailed(logger, ex.Message);
        }
    }
}

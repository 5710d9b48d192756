using Microsoft.Extensions.Options;
using NewsBot.Telegram.Api;
using Telegram.Bot.Requests;

namespace NewsBot.Telegram.Interaction;

/// <summary>The bot's username, to tell <c>/cmd@ThisBot</c> from <c>/cmd@OtherBot</c>: configured, or asked of <c>getMe</c> once.</summary>
internal sealed class BotIdentity(BotApi api, IOptions<TelegramOptions> options)
{
    private string? _username = options.Value.BotUsername?.TrimStart('@');

    public async Task<string?> UsernameAsync(CancellationToken cancellationToken)
    {
        if (_username is null)
        {
            var me = await api.CallAsync(new GetMeRequest(), cancellationToken).ConfigureAwait(false);
            _username = me.Username;
        }

        return _username;
    }

    /// <summary>
    /// True when a command's first word has no <c>@</c> suffix or names this bot (case-insensitive); commands
    /// addressed to another bot in the same group are not ours to answer.
    /// </summary>
    public async Task<bool> IsForMeAsync(string text, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(text);
        var end = 0;
        while (end < text.Length && !char.IsWhiteSpace(text[end]))
        {
            end++;
        }

        var at = text.IndexOf('@', 0, end);
        if (at < 0)
        {
            return true;
        }

        var username = await UsernameAsync(cancellationToken).ConfigureAwait(false);
        return string.Equals(text[(at + 1)..end], username, StringComparison.OrdinalIgnoreCase);
    }
}

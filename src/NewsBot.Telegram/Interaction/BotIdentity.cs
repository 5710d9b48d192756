using Microsoft.Extensions.Options;
using NewsBot.Core.Commands;
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
    /// True when a command names no bot (<see cref="Command.Mention"/>) or names this one (case-insensitive);
    /// commands addressed to another bot in the same group are not ours to answer.
    /// </summary>
    public async Task<bool> IsForMeAsync(Command command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        return command.Mention is null
            || string.Equals(command.Mention, await UsernameAsync(cancellationToken).ConfigureAwait(false), StringComparison.OrdinalIgnoreCase);
    }
}

using Microsoft.Extensions.Options;
using NewsBot.Core.Commands;
using NewsBot.Telegram.Api;
using Telegram.Bot.Requests;

namespace NewsBot.Telegram.Interaction;

/// <summary>The bot's username, to tell <c>/cmd@ThisBot</c> from <c>/cmd@OtherBot</c>: configured, or asked of <c>getMe</c> once.</summary>
internal sealed class BotIdentity(BotApi api, IOptions<TelegramOptions> options)
{
    private string? _username = options.Value.BotUsername?.TrimStart('@');

    /// <summary>
    /// True when a command names no bot (<see cref="Command.Mention"/>) or names this one (case-insensitive);
    /// commands addressed to another bot in the same group are not ours to answer.
    /// </summary>
    public async Task<bool> IsForMeAsync(Command command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        if (command.Mention is null)
        {
            return true;
        }

        _username ??= (await api.CallAsync(new GetMeRequest(), cancellationToken).ConfigureAwait(false)).Username;
        return string.Equals(command.Mention, _username, StringComparison.OrdinalIgnoreCase);
    }
}

using System.Text.RegularExpressions;
using NewsBot.Core.Commands;
using NewsBot.Core.Text;
using Telegram.Bot.Requests;
using Telegram.Bot.Types;

namespace NewsBot.Telegram.Polling;

/// <summary>The command menu Telegram shows under "/", from <see cref="CommandService.Commands"/>.</summary>
internal static partial class CommandMenu
{
    public static SetMyCommandsRequest For(IEnumerable<CommandDescription> commands)
    {
        ArgumentNullException.ThrowIfNull(commands);
        return new SetMyCommandsRequest
        {
            Commands = commands
                .Where(c => ValidName().IsMatch(c.Name))
                .Select(c => new BotCommand(c.Name, DisplayText.Shorten(c.Summary, 256)))
                .Take(100)
                .ToList(),
        };
    }

    /// <summary>Telegram's rule for a command: 1–32 of lowercase a-z, 0-9 and underscore.</summary>
    [GeneratedRegex("^[a-z0-9_]{1,32}$")]
    private static partial Regex ValidName();
}

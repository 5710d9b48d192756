using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NewsBot.Core.Commands;
using NewsBot.Discord.Json;
using NewsBot.Discord.Rest;

namespace NewsBot.Discord.Interactions;

/// <summary>
/// Registers the slash commands by bulk overwrite: globally, or in <see cref="DiscordOptions.DevelopmentGuildId"/>
/// only (guild commands show up at once, global ones can take a while). Commands not in the list are deleted.
/// </summary>
internal sealed class CommandRegistrar(DiscordRestClient rest, CommandService commands, IOptions<DiscordOptions> options, ILogger<CommandRegistrar> logger)
{
    public async Task RegisterAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var path = settings.DevelopmentGuildId is { Length: > 0 } guild
            ? $"applications/{settings.ApplicationId}/guilds/{guild}/commands"
            : $"applications/{settings.ApplicationId}/commands";
        var body = SlashCommands.Build(commands.Commands);
        try
        {
            await rest.SendAsync(HttpMethod.Put, path, body, DiscordJsonContext.Default.ListApplicationCommand, cancellationToken).ConfigureAwait(false);
            Log.CommandsRegistered(logger, body.Count, settings.DevelopmentGuildId is { Length: > 0 } ? $"guild {settings.DevelopmentGuildId}" : "global");
        }
        catch (DiscordApiException ex)
        {
            // The bot still delivers alerts without its commands; the log says what to fix.
            Log.CommandsRegistrationFailed(logger, ex);
        }
    }
}

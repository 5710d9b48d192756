using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NewsBot.Core.Commands;
using NewsBot.Core.Platforms;
using NewsBot.Discord.Json;
using NewsBot.Discord.Rest;

namespace NewsBot.Discord.Interactions;

/// <summary>
/// Registers the slash commands by bulk overwrite: globally, or in <see cref="DiscordOptions.DevelopmentGuildId"/>
/// only (guild commands show up at once, global ones can take a while). Commands not in the list are deleted.
/// The overwrite is skipped when the definitions are the ones last registered there (Discord limits command
/// creations per day, and asks to PUT only on change).
/// </summary>
internal sealed class CommandRegistrar(
    DiscordRestClient rest,
    CommandService commands,
    IPlatformStateStore state,
    IOptions<DiscordOptions> options,
    ILogger<CommandRegistrar> logger)
{
    public async Task RegisterAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var scope = settings.DevelopmentGuildId is { Length: > 0 } guild ? $"guild {guild}" : "global";
        var path = settings.DevelopmentGuildId is { Length: > 0 }
            ? $"applications/{settings.ApplicationId}/guilds/{settings.DevelopmentGuildId}/commands"
            : $"applications/{settings.ApplicationId}/commands";
        var body = SlashCommands.Build(commands.Commands);
        var key = $"discord:commands:{settings.ApplicationId}:{scope}";
        var hash = Convert.ToHexStringLower(SHA256.HashData(JsonSerializer.SerializeToUtf8Bytes(body, DiscordJsonContext.Default.ListApplicationCommand)));
        try
        {
            if (await state.GetAsync(key, cancellationToken).ConfigureAwait(false) == hash)
            {
                Log.CommandsUnchanged(logger, body.Count, scope);
                return;
            }

            await rest.SendAsync(HttpMethod.Put, path, body, DiscordJsonContext.Default.ListApplicationCommand, cancellationToken).ConfigureAwait(false);
            await state.SetAsync(key, hash, cancellationToken).ConfigureAwait(false);
            Log.CommandsRegistered(logger, body.Count, scope);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
#pragma warning disable CA1031 // Without its commands the bot still delivers alerts; the log says what to fix, the next start retries.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            Log.CommandsRegistrationFailed(logger, ex);
        }
    }
}

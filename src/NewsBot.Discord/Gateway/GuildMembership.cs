using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using NewsBot.Core.Subscriptions;
using NewsBot.Discord.Json;
using NewsBot.Discord.Messages;

namespace NewsBot.Discord.Gateway;

/// <summary>
/// Follows which guilds the bot is in (GUILD_CREATE lists each guild's channels): when the bot is removed from
/// a guild, every subscription in its channels is paused at once, rather than each one failing its next alert;
/// when the bot is added back while running, they are resumed. A GUILD_DELETE marked unavailable is an outage,
/// not a removal, and changes nothing.
/// </summary>
internal sealed class GuildMembership(ISubscriptionStore subscriptions, ILogger<GuildMembership> logger) : IDisposable
{
    private readonly ConcurrentDictionary<string, IReadOnlyList<string>> _channels = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, byte> _left = new(StringComparer.Ordinal);

    // Events of one guild must not overtake each other (a removal then a re-add).
    private readonly SemaphoreSlim _gate = new(1, 1);

    public async Task JoinedAsync(JsonElement data, CancellationToken cancellationToken)
    {
        var guild = data.Deserialize(DiscordJsonContext.Default.GuildDto);
        if (guild is null || guild.Unavailable == true)
        {
            return;
        }

        await SerializedAsync(guild.Id, async () =>
        {
            var channels = (guild.Channels ?? []).Select(c => c.Id).ToList();
            _channels[guild.Id] = channels;
            if (_left.TryRemove(guild.Id, out _))
            {
                var resumed = await SetPausedAsync(channels, false, cancellationToken).ConfigureAwait(false);
                Log.GuildRejoined(logger, guild.Id, resumed, channels.Count);
            }
        }, cancellationToken).ConfigureAwait(false);
    }

    public async Task LeftAsync(JsonElement data, CancellationToken cancellationToken)
    {
        var guild = data.Deserialize(DiscordJsonContext.Default.GuildDto);
        if (guild is null || guild.Unavailable == true)
        {
            return;
        }

        await SerializedAsync(guild.Id, async () =>
        {
            var channels = _channels.GetValueOrDefault(guild.Id) ?? [];
            _left[guild.Id] = 0;
            var paused = await SetPausedAsync(channels, true, cancellationToken).ConfigureAwait(false);
            Log.GuildLeft(logger, guild.Id, paused, channels.Count);
        }, cancellationToken).ConfigureAwait(false);
    }

    public void Dispose() => _gate.Dispose();

    /// <summary>Runs one guild event after the previous one; a failure is logged, never thrown at the gateway.</summary>
    private async Task SerializedAsync(string guildId, Func<Task> change, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await change().ConfigureAwait(false);
        }
#pragma warning disable CA1031 // A failing store must not take the gateway down; the log says what failed.
        catch (Exception ex) when (ex is not OperationCanceledException)
#pragma warning restore CA1031
        {
            Log.GuildUpdateFailed(logger, guildId, ex);
        }
        finally
        {
            _gate.Release();
        }
    }

    private async Task<int> SetPausedAsync(IReadOnlyList<string> channels, bool paused, CancellationToken cancellationToken)
    {
        var changed = 0;
        foreach (var channel in channels)
        {
            changed += await subscriptions.SetChatPausedAsync(DiscordChatTransport.PlatformName, channel, paused, cancellationToken).ConfigureAwait(false);
        }

        return changed;
    }
}

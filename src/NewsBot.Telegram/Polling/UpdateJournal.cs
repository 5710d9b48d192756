using System.Text.Json;
using NewsBot.Core.Platforms;
using Telegram.Bot;

namespace NewsBot.Telegram.Polling;

/// <summary>
/// The update being handled, kept in <see cref="IPlatformStateStore"/> beside <see cref="UpdateOffset"/>: a
/// restart that gets the same update again goes on where the stopped process was instead of starting over.
/// Only a record of the update asked for counts; an older one is left over from an update already handled. The
/// outcome's requests are Telegram.Bot's own, written with its JSON settings, as they go on the wire.
/// </summary>
internal sealed class UpdateJournal(IPlatformStateStore state)
{
    public const string Key = "telegram:update-in-progress";

    public async Task<UpdateInProgress?> ReadAsync(long updateId, CancellationToken cancellationToken)
    {
        var stored = await state.GetAsync(Key, cancellationToken).ConfigureAwait(false);
        if (stored is null)
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize<UpdateInProgress>(stored, JsonBotAPI.Options) is { } record && record.UpdateId == updateId ? record : null;
        }
        catch (Exception ex) when (ex is JsonException or NotSupportedException or ArgumentException)
        {
            // Written by a version that recorded something else: the update is handled as if new.
            return null;
        }
    }

    public Task SaveAsync(UpdateInProgress record, CancellationToken cancellationToken) =>
        state.SetAsync(Key, JsonSerializer.Serialize(record, JsonBotAPI.Options), cancellationToken);
}

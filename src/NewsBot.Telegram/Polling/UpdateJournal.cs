using System.Globalization;
using System.Text.Json;
using NewsBot.Core.Platforms;
using Telegram.Bot;

namespace NewsBot.Telegram.Polling;

/// <summary>
/// How far the poller got, kept in <see cref="IPlatformStateStore"/>: the id of the last update handled, so that
/// the next poll asks for the ones after it, and the update being handled, so that a restart that gets it again
/// goes on where the stopped process was instead of starting over. Only a record of the update asked for counts;
/// an older one is left over from an update already handled. The outcome's requests are Telegram.Bot's own,
/// written with its JSON settings, as they go on the wire.
/// </summary>
internal sealed class UpdateJournal(IPlatformStateStore state)
{
    public const string Key = "telegram:update-in-progress";

    public const string OffsetKey = "telegram:last-update-id";

    /// <summary>The <c>offset</c> of the next <c>getUpdates</c>; null before the first update ever handled.</summary>
    public async Task<long?> NextOffsetAsync(CancellationToken cancellationToken)
    {
        var stored = await state.GetAsync(OffsetKey, cancellationToken).ConfigureAwait(false);
        return long.TryParse(stored, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var last) ? last + 1 : null;
    }

    /// <summary>Moves the offset past <paramref name="updateId"/>: it is not asked for again.</summary>
    public Task HandledAsync(long updateId, CancellationToken cancellationToken) =>
        state.SetAsync(OffsetKey, updateId.ToString(CultureInfo.InvariantCulture), cancellationToken);

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

using System.Globalization;
using NewsBot.Core.Platforms;

namespace NewsBot.Telegram.Polling;

/// <summary>
/// The id of the last update handled, kept in <see cref="IPlatformStateStore"/>: the next poll asks for the
/// ones after it, so a restart neither repeats a command nor skips one.
/// </summary>
internal sealed class UpdateOffset(IPlatformStateStore state)
{
    public const string Key = "telegram:last-update-id";

    /// <summary>The <c>offset</c> of the next <c>getUpdates</c>; null before the first update ever handled.</summary>
    public async Task<long?> NextAsync(CancellationToken cancellationToken)
    {
        var stored = await state.GetAsync(Key, cancellationToken).ConfigureAwait(false);
        return long.TryParse(stored, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var last) ? last + 1 : null;
    }

    public Task HandledAsync(long updateId, CancellationToken cancellationToken) =>
        state.SetAsync(Key, updateId.ToString(CultureInfo.InvariantCulture), cancellationToken);
}

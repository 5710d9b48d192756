using System.Text.Json;
using Telegram.Bot.Requests;

namespace NewsBot.Telegram.Api;

/// <summary>
/// <c>getUpdates</c> answered as raw JSON elements. The library's own request reads the whole answer into
/// <c>Update</c>s at once, so one update it cannot read would fail every poll and stall the bot; read one by one
/// (<see cref="ReceivedUpdate.From"/>), such an update is skipped alone.
/// </summary>
internal sealed class UpdatesRequest() : RequestBase<JsonElement[]>("getUpdates")
{
    /// <summary>Acknowledges every update below it.</summary>
    public long? Offset { get; init; }

    /// <summary>How long the server holds the poll open waiting for an update, in seconds.</summary>
    public int Timeout { get; init; }

    public required IReadOnlyList<string> AllowedUpdates { get; init; }
}

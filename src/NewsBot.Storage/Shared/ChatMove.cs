using Dapper;

namespace NewsBot.Storage.Shared;

/// <summary>
/// Moves a chat's rows to its new id in one transaction: the first statement moves what it can without
/// breaking a unique key (the rows the new id already has stay behind), and a second deals with those.
/// </summary>
internal static class ChatMove
{
    /// <param name="connections">The database.</param>
    /// <param name="move">Moves what it can; parameters <c>@Platform</c>, <c>@From</c>, <c>@To</c>.</param>
    /// <param name="leftovers">Then deals with what stayed at <c>@From</c>; same parameters.</param>
    /// <param name="chat">The platform, the chat's old id and its new one.</param>
    /// <param name="cancellationToken">Cancels the move; nothing is changed then.</param>
    /// <returns>How many rows <paramref name="move"/> moved.</returns>
    public static async Task<int> RunAsync(
        IStorageConnections connections, string move, string leftovers, (string Platform, string From, string To) chat, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(chat.Platform);
        ArgumentException.ThrowIfNullOrEmpty(chat.From);
        ArgumentException.ThrowIfNullOrEmpty(chat.To);
        var parameters = new { chat.Platform, chat.From, chat.To };
        await using var connection = await connections.OpenForWriteAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await connections.Dialect.BeginWriteAsync(connection, cancellationToken).ConfigureAwait(false);
        var moved = await connection.ExecuteAsync(new CommandDefinition(move, parameters, transaction, cancellationToken: cancellationToken)).ConfigureAwait(false);
        await connection.ExecuteAsync(new CommandDefinition(leftovers, parameters, transaction, cancellationToken: cancellationToken)).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return moved;
    }
}

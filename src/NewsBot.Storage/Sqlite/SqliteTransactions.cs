using Microsoft.Data.Sqlite;

namespace NewsBot.Storage.Sqlite;

internal static class SqliteTransactions
{
    /// <summary>
    /// BEGIN IMMEDIATE: takes the write lock up front (waiting up to the busy timeout). A deferred
    /// transaction that reads and then writes can fail with SQLITE_BUSY when another writer got in
    /// between, without the busy timeout helping.
    /// </summary>
    /// <remarks>Microsoft.Data.Sqlite has no asynchronous BEGIN; its async calls are synchronous anyway.</remarks>
    public static SqliteTransaction BeginImmediate(this SqliteConnection connection) =>
        connection.BeginTransaction(deferred: false);
}

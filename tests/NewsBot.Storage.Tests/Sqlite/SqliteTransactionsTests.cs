using Microsoft.Data.Sqlite;
using NewsBot.Storage.Sqlite;

namespace NewsBot.Storage.Tests.Sqlite;

public sealed class SqliteTransactionsTests
{
    [Fact]
    public async Task BeginImmediate_BeforeAnyStatement_AlreadyKeepsOtherWritersOut()
    {
        await using var database = await TestDatabase.CreateMigratedAsync();
        await using var holder = await database.OpenAsync();
        await using var other = await database.NewFactory().OpenAsync(CancellationToken.None);
        await using (var noWait = other.CreateCommand())
        {
            noWait.CommandText = "PRAGMA busy_timeout = 0;";
            await noWait.ExecuteNonQueryAsync();
        }

        await using var transaction = holder.BeginImmediate();
        await using var insert = other.CreateCommand();
        insert.CommandText = "INSERT INTO feeds (name) VALUES ('blocked');";
        insert.CommandTimeout = 1;

        var error = await Assert.ThrowsAsync<SqliteException>(() => insert.ExecuteNonQueryAsync());
        Assert.Equal(5, error.SqliteErrorCode); // SQLITE_BUSY
    }
}

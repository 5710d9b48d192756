using Microsoft.Data.Sqlite;

namespace NewsBot.Storage.Sqlite;

/// <summary>A connection that holds its process's write turn (<see cref="SqliteWriteTurn"/>) until it is disposed.</summary>
internal sealed class SqliteWriterConnection(string connectionString, Action releaseTurn) : SqliteConnection(connectionString)
{
    public override async ValueTask DisposeAsync()
    {
        try
        {
            await base.DisposeAsync().ConfigureAwait(false);
        }
        finally
        {
            releaseTurn();
        }
    }

    protected override void Dispose(bool disposing)
    {
        try
        {
            base.Dispose(disposing);
        }
        finally
        {
            if (disposing)
            {
                releaseTurn();
            }
        }
    }
}

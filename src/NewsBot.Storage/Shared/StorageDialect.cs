using System.Data.Common;
using NewsBot.Storage.Sqlite;

namespace NewsBot.Storage.Shared;

/// <summary>
/// What SQLite and PostgreSQL do differently for the stores, and nothing more: how a write takes its locks,
/// and the statements each engine spells its own way (<see cref="Pick"/> keeps both spellings next to each
/// other in the store that uses them).
/// </summary>
internal sealed class StorageDialect
{
    public static readonly StorageDialect Sqlite = new(isPostgres: false);

    public static readonly StorageDialect Postgres = new(isPostgres: true);

    private StorageDialect(bool isPostgres) => IsPostgres = isPostgres;

    /// <summary>PostgreSQL: several nodes may share the database; SQLite: one process owns the file.</summary>
    public bool IsPostgres { get; }

    /// <summary>The larger of two values: SQLite's two-argument <c>MAX</c>, PostgreSQL's <c>GREATEST</c>.</summary>
    public string Greatest => IsPostgres ? "GREATEST" : "MAX";

    public string Pick(string sqlite, string postgres) => IsPostgres ? postgres : sqlite;

    /// <summary>
    /// <paramref name="column"/> is one of the array parameter <paramref name="parameter"/>: SQLite's <c>IN</c>, which
    /// Dapper expands to one parameter per value; PostgreSQL's <c>= ANY</c>, which takes the array as one.
    /// </summary>
    public string AmongIds(string column, string parameter = "Ids") =>
        IsPostgres ? $"{column} = ANY(@{parameter})" : $"{column} IN @{parameter}";

    /// <summary>
    /// A transaction for work that reads and then writes. SQLite: BEGIN IMMEDIATE, see
    /// <see cref="SqliteTransactions.BeginImmediate"/>; PostgreSQL: an ordinary transaction, row locks and
    /// unique keys do the rest.
    /// </summary>
    /// <exception cref="InvalidOperationException">A SQLite connection not opened for writing (<see cref="IStorageConnections.OpenForWriteAsync"/>).</exception>
    public async Task<DbTransaction> BeginWriteAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        if (IsPostgres)
        {
            return await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        }

        // Without the process's write turn this writer would queue in SQLite's busy handler, holding a thread.
        return connection is SqliteWriterConnection writer
            ? writer.BeginImmediate()
            : throw new InvalidOperationException("A SQLite write needs a connection opened for writing (OpenForWriteAsync).");
    }

    /// <summary>
    /// The same for a write PostgreSQL does in one statement: there it is atomic on its own and gets no
    /// transaction (null); SQLite still needs the write lock up front.
    /// </summary>
    public async Task<DbTransaction?> BeginSingleStatementWriteAsync(DbConnection connection, CancellationToken cancellationToken) =>
        IsPostgres ? null : await BeginWriteAsync(connection, cancellationToken).ConfigureAwait(false);
}

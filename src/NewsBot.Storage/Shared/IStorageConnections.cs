using System.Data.Common;

namespace NewsBot.Storage.Shared;

/// <summary>
/// Opens ready connections to the configured database, whichever engine it is, and names that engine's
/// dialect: the stores hold their logic once and ask the dialect only for what the engines do differently.
/// </summary>
internal interface IStorageConnections
{
    StorageDialect Dialect { get; }

    Task<DbConnection> OpenAsync(CancellationToken cancellationToken);

    /// <summary>
    /// A connection for work that writes. SQLite: the process's writers take turns here, waiting
    /// asynchronously, and the turn is held until the connection is disposed, so open it for the write
    /// alone and never open another for writing while holding one. PostgreSQL: as <see cref="OpenAsync"/>.
    /// </summary>
    Task<DbConnection> OpenForWriteAsync(CancellationToken cancellationToken);
}

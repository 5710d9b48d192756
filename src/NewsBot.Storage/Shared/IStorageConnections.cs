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
}

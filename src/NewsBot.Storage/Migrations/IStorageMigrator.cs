namespace NewsBot.Storage.Migrations;

/// <summary>Brings the database schema up to the version this build expects. The host calls it once at start.</summary>
public interface IStorageMigrator
{
    /// <summary>
    /// Applies the migrations the database does not have yet, each in its own transaction; safe to run again
    /// and from several processes at once. Throws <see cref="StorageSchemaException"/> when the database was
    /// migrated by a newer NewsBot.
    /// </summary>
    Task<MigrationResult> MigrateAsync(CancellationToken cancellationToken);
}

namespace NewsBot.Storage.Migrations;

/// <summary>What <see cref="IStorageMigrator.MigrateAsync"/> did.</summary>
/// <param name="SchemaVersion">The database's schema version afterwards.</param>
/// <param name="Applied">The migrations applied by this call, e.g. <c>0002_subscriptions_and_deliveries</c>; empty when up to date.</param>
public sealed record MigrationResult(int SchemaVersion, IReadOnlyList<string> Applied);

using Microsoft.Data.Sqlite;

namespace NewsBot.Storage.Sqlite;

/// <summary>Turns the configured connection string into one whose database file has an absolute path.</summary>
internal static class SqliteDatabaseLocation
{
    /// <summary>
    /// Resolves a relative <c>Data Source</c> against <paramref name="baseDirectory"/>. Returns the
    /// connection string to use and the database file (null for in-memory databases).
    /// </summary>
    public static (string ConnectionString, string? FilePath) Resolve(string connectionString, string? baseDirectory)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString);
        var dataSource = builder.DataSource;
        if (builder.Mode == SqliteOpenMode.Memory
            || string.IsNullOrEmpty(dataSource)
            || dataSource == ":memory:"
            || dataSource.StartsWith("file:", StringComparison.OrdinalIgnoreCase))
        {
            // URIs and in-memory databases are taken as written.
            return (builder.ToString(), null);
        }

        var root = string.IsNullOrWhiteSpace(baseDirectory) ? Directory.GetCurrentDirectory() : baseDirectory;
        var path = Path.GetFullPath(dataSource, Path.GetFullPath(root));
        builder.DataSource = path;
        return (builder.ToString(), path);
    }
}

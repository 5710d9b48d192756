using System.ComponentModel.DataAnnotations;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace NewsBot.Storage;

/// <summary>Where and how NewsBot keeps its data. Bound from the <c>Storage</c> section.</summary>
public sealed class StorageOptions : IValidatableObject
{
    public const string Section = "Storage";

    /// <summary>
    /// The database engine: <c>Sqlite</c> (the default, embedded, one node) or <c>Postgres</c> (several
    /// nodes sharing one database; see docs/SCALING.md).
    /// </summary>
    [Required(ErrorMessage = "Storage:Provider is required; use Sqlite or Postgres.")]
    public string Provider { get; set; } = StorageProviders.Sqlite;

    /// <summary>
    /// The ADO.NET connection string. Default <c>Data Source=data/newsbot.db</c>. For SQLite a relative
    /// <c>Data Source</c> is resolved against <see cref="BaseDirectory"/>; its folder is created if missing.
    /// For PostgreSQL an Npgsql one, e.g. <c>Host=db;Username=newsbot;Password=...;Database=newsbot</c>.
    /// </summary>
    [Required(ErrorMessage = "Storage:ConnectionString is required.")]
    public string ConnectionString { get; set; } = "Data Source=data/newsbot.db";

    /// <summary>
    /// The folder relative database paths are resolved against. Default: the host's content root
    /// (the folder holding appsettings.json) when there is a host, else the current directory.
    /// </summary>
    public string? BaseDirectory { get; set; }

    /// <summary>
    /// PostgreSQL only: how often a node checks the session holding an exclusive lease (e.g. the Telegram
    /// poller's), in seconds. A lease whose session died is given up within about this time. Default 5.
    /// </summary>
    [Range(1, 300, ErrorMessage = "Storage:LeaseCheckSeconds must be between 1 and 300.")]
    public int LeaseCheckSeconds { get; set; } = 5;

    /// <summary>The default of <see cref="SqliteCacheKilobytes"/>.</summary>
    public const int DefaultSqliteCacheKilobytes = 512;

    /// <summary>
    /// SQLite only: the most each open connection keeps of the database's pages in memory, in KiB. Default
    /// 512, against SQLite's own 2,048: the bot holds several pooled connections whose caches fill as the
    /// database grows, and a page missed here is read from the system's file cache, which holds the file anyway.
    /// </summary>
    [Range(64, 1_048_576, ErrorMessage = "Storage:SqliteCacheKilobytes must be between 64 and 1048576.")]
    public int SqliteCacheKilobytes { get; set; } = DefaultSqliteCacheKilobytes;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (IsPostgres)
        {
            if (PostgresConnectionStringError(ConnectionString) is { } postgresError)
            {
                yield return new ValidationResult(postgresError, [nameof(ConnectionString)]);
            }
        }
        else if (!string.Equals(Provider, StorageProviders.Sqlite, StringComparison.OrdinalIgnoreCase))
        {
            yield return new ValidationResult(
                $"Storage:Provider '{Provider}' is not supported; use 'Sqlite' or 'Postgres'.",
                [nameof(Provider)]);
        }
        else if (ConnectionStringError(ConnectionString) is { } error)
        {
            yield return new ValidationResult(error, [nameof(ConnectionString)]);
        }
    }

    /// <summary>Whether <see cref="Provider"/> names PostgreSQL.</summary>
    public bool IsPostgres => string.Equals(Provider, StorageProviders.Postgres, StringComparison.OrdinalIgnoreCase);

    private static string? PostgresConnectionStringError(string? connectionString)
    {
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            return null; // [Required] reports it.
        }

        try
        {
            var builder = new NpgsqlConnectionStringBuilder(connectionString);
            return string.IsNullOrWhiteSpace(builder.Host)
                ? "Storage:ConnectionString needs a Host for PostgreSQL (e.g. 'Host=db;Username=newsbot;Password=...;Database=newsbot')."
                : null;
        }
        catch (ArgumentException ex)
        {
            return $"Storage:ConnectionString is not a valid PostgreSQL connection string: {ex.Message}";
        }
    }

    private static string? ConnectionStringError(string? connectionString)
    {
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            return null; // [Required] reports it.
        }

        try
        {
            var builder = new SqliteConnectionStringBuilder(connectionString);
            return string.IsNullOrWhiteSpace(builder.DataSource)
                ? "Storage:ConnectionString needs a Data Source (e.g. 'Data Source=data/newsbot.db')."
                : null;
        }
        catch (ArgumentException ex)
        {
            // The message names the offending keyword; the connection string itself may hold a password.
            return $"Storage:ConnectionString is not a valid SQLite connection string: {ex.Message}";
        }
    }
}

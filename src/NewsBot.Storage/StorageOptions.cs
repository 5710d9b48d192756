using System.ComponentModel.DataAnnotations;
using Microsoft.Data.Sqlite;

namespace NewsBot.Storage;

/// <summary>Where and how NewsBot keeps its data. Bound from the <c>Storage</c> section.</summary>
public sealed class StorageOptions : IValidatableObject
{
    public const string Section = "Storage";

    /// <summary>The database engine: <c>Sqlite</c> (the default, embedded). <c>Postgres</c> is planned.</summary>
    [Required(ErrorMessage = "Storage:Provider is required; use Sqlite.")]
    public string Provider { get; set; } = StorageProviders.Sqlite;

    /// <summary>
    /// The ADO.NET connection string. Default <c>Data Source=data/newsbot.db</c>. A relative
    /// <c>Data Source</c> is resolved against <see cref="BaseDirectory"/>; its folder is created if missing.
    /// </summary>
    [Required(ErrorMessage = "Storage:ConnectionString is required.")]
    public string ConnectionString { get; set; } = "Data Source=data/newsbot.db";

    /// <summary>
    /// The folder relative database paths are resolved against. Default: the host's content root
    /// (the folder holding appsettings.json) when there is a host, else the current directory.
    /// </summary>
    public string? BaseDirectory { get; set; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (string.Equals(Provider, StorageProviders.Postgres, StringComparison.OrdinalIgnoreCase))
        {
            yield return new ValidationResult(
                "Storage:Provider 'Postgres' is not available in this build yet; use 'Sqlite'.",
                [nameof(Provider)]);
        }
        else if (!string.Equals(Provider, StorageProviders.Sqlite, StringComparison.OrdinalIgnoreCase))
        {
            yield return new ValidationResult(
                $"Storage:Provider '{Provider}' is not supported; use 'Sqlite'.",
                [nameof(Provider)]);
        }
        else if (ConnectionStringError(ConnectionString) is { } error)
        {
            yield return new ValidationResult(error, [nameof(ConnectionString)]);
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

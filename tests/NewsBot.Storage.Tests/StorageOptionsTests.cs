using System.ComponentModel.DataAnnotations;

namespace NewsBot.Storage.Tests;

public sealed class StorageOptionsTests
{
    private static List<ValidationResult> Validate(StorageOptions options)
    {
        var results = new List<ValidationResult>();
        Validator.TryValidateObject(options, new ValidationContext(options), results, validateAllProperties: true);
        return results;
    }

    [Fact]
    public void Defaults_AreValid_AndPointAtTheDataFolder()
    {
        var options = new StorageOptions();

        Assert.Empty(Validate(options));
        Assert.Equal("Sqlite", options.Provider);
        Assert.Equal("Data Source=data/newsbot.db", options.ConnectionString);
        Assert.Equal(512, options.SqliteCacheKilobytes);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(63)]
    [InlineData(2_000_000)]
    public void SqliteCacheKilobytes_OutOfRange_IsRejectedNamingTheKey(int kilobytes)
    {
        var error = Assert.Single(Validate(new StorageOptions { SqliteCacheKilobytes = kilobytes }));

        Assert.StartsWith("Storage:SqliteCacheKilobytes", error.ErrorMessage, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("SQLITE")]
    public void Provider_SqliteInAnyCase_IsValid(string provider)
    {
        Assert.Empty(Validate(new StorageOptions { Provider = provider }));
    }

    [Theory]
    [InlineData("MySql")]
    [InlineData("Oracle")]
    public void Provider_NotAvailable_IsRejectedNamingTheKey(string provider)
    {
        var error = Assert.Single(Validate(new StorageOptions { Provider = provider }));

        Assert.StartsWith("Storage:Provider", error.ErrorMessage, StringComparison.Ordinal);
        Assert.Contains(provider, error.ErrorMessage, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Postgres")]
    [InlineData("postgres")]
    public void Provider_PostgresWithAHost_IsValid(string provider)
    {
        Assert.Empty(Validate(new StorageOptions { Provider = provider, ConnectionString = "Host=db;Username=newsbot;Database=newsbot" }));
    }

    [Theory]
    [InlineData("Data Source=data/newsbot.db")]
    [InlineData("Colour=blue")]
    public void Provider_PostgresWithoutAUsableConnectionString_IsRejectedNamingTheKey(string connectionString)
    {
        var error = Assert.Single(Validate(new StorageOptions { Provider = "Postgres", ConnectionString = connectionString }));

        Assert.StartsWith("Storage:ConnectionString", error.ErrorMessage, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Colour=blue")]
    [InlineData("Mode=ReadWrite")]
    public void ConnectionString_NotUsable_IsRejectedNamingTheKey(string connectionString)
    {
        var error = Assert.Single(Validate(new StorageOptions { ConnectionString = connectionString }));

        Assert.StartsWith("Storage:ConnectionString", error.ErrorMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void ConnectionString_Empty_IsRejectedNamingTheKey()
    {
        var error = Assert.Single(Validate(new StorageOptions { ConnectionString = "" }));

        Assert.StartsWith("Storage:ConnectionString", error.ErrorMessage, StringComparison.Ordinal);
    }
}

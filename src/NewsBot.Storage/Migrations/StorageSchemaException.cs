namespace NewsBot.Storage.Migrations;

/// <summary>The database's schema cannot be used by this build, e.g. it was migrated by a newer NewsBot.</summary>
public sealed class StorageSchemaException : Exception
{
    public StorageSchemaException()
        : this("The database schema is not one this build of NewsBot knows.")
    {
    }

    public StorageSchemaException(string message)
        : base(message)
    {
    }

    public StorageSchemaException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}

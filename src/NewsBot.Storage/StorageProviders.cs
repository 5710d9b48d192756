namespace NewsBot.Storage;

/// <summary>The values <see cref="StorageOptions.Provider"/> knows.</summary>
public static class StorageProviders
{
    public const string Sqlite = "Sqlite";

    public const string Postgres = "Postgres";
}

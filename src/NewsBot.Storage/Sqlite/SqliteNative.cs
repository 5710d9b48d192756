namespace NewsBot.Storage.Sqlite;

/// <summary>Loads the bundled native SQLite once per process; Microsoft.Data.Sqlite.Core does not pick a provider itself.</summary>
internal static class SqliteNative
{
    private static readonly Lazy<bool> Initialized = new(() =>
    {
        SQLitePCL.Batteries_V2.Init();
        return true;
    });

    public static void EnsureInitialized() => _ = Initialized.Value;
}

using NewsBot.Storage.Migrations;

namespace NewsBot.Storage.Tests.Migrations;

public sealed class MigrationCatalogTests
{
    [Fact]
    public void Sqlite_EmbeddedScripts_AreNumberedFromOneWithoutGaps()
    {
        var migrations = MigrationCatalog.Sqlite;

        Assert.Equal(Enumerable.Range(1, migrations.Count), migrations.Select(m => m.Version));
        Assert.All(migrations, m => Assert.False(string.IsNullOrWhiteSpace(m.Sql)));
    }

    [Fact]
    public void Load_UnknownDialect_HasNoMigrations()
    {
        Assert.Empty(MigrationCatalog.Load("Oracle"));
    }
}

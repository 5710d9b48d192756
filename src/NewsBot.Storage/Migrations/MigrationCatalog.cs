using System.Globalization;
using System.Reflection;
using System.Text.RegularExpressions;

namespace NewsBot.Storage.Migrations;

/// <summary>
/// The migration scripts embedded in this assembly, one folder per SQL dialect. Each dialect has the
/// same versions with the same names, so a database's history means the same on every engine.
/// </summary>
internal static partial class MigrationCatalog
{
    private static readonly Lazy<IReadOnlyList<Migration>> SqliteMigrations = new(() => Load("Sqlite"));

    private static readonly Lazy<IReadOnlyList<Migration>> PostgresMigrations = new(() => Load("Postgres"));

    public static IReadOnlyList<Migration> Sqlite => SqliteMigrations.Value;

    public static IReadOnlyList<Migration> Postgres => PostgresMigrations.Value;

    public static IReadOnlyList<Migration> Load(string dialect)
    {
        var prefix = $"Migrations/{dialect}/";
        var assembly = typeof(MigrationCatalog).Assembly;
        var migrations = new List<Migration>();
        foreach (var resource in assembly.GetManifestResourceNames().Where(n => n.StartsWith(prefix, StringComparison.Ordinal)))
        {
            var match = ScriptName().Match(resource[prefix.Length..]);
            if (!match.Success)
            {
                throw new InvalidOperationException($"Migration script '{resource}' is not named NNNN_name.sql.");
            }

            migrations.Add(new Migration(
                int.Parse(match.Groups["version"].Value, CultureInfo.InvariantCulture),
                match.Groups["name"].Value,
                ReadResource(assembly, resource)));
        }

        migrations.Sort((a, b) => a.Version.CompareTo(b.Version));
        for (var i = 0; i < migrations.Count; i++)
        {
            // Versions are 1, 2, 3...: a gap or a duplicate means a script was renamed or lost.
            if (migrations[i].Version != i + 1)
            {
                throw new InvalidOperationException($"{dialect} migrations must be numbered 0001, 0002, ... without gaps; found {migrations[i]}.");
            }
        }

        return migrations;
    }

    private static string ReadResource(Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"Embedded migration '{name}' is missing.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    [GeneratedRegex(@"^(?<version>\d{4})_(?<name>[a-z0-9_]+)\.sql$", RegexOptions.CultureInvariant)]
    private static partial Regex ScriptName();
}

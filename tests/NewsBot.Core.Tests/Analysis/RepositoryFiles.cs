using NewsBot.Testing;

namespace NewsBot.Core.Tests.Analysis;

/// <summary>The seeds and the gold file, found from the repository root.</summary>
internal static class RepositoryFiles
{
    public static IReadOnlyList<string> Seeds() =>
        Directory.GetFiles(RepositoryRoot.Seeds, "*.txt").Order(StringComparer.Ordinal).ToArray();

    public static string GoldPath() => NewsBot.Testing.Corpora.SharedData.Path("gold", "seed-figures.json");
}

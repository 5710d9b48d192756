using System.Runtime.CompilerServices;

namespace NewsBot.Core.Tests.Analysis;

/// <summary>Finds the repository root (the folder holding Bot.sln) from the test's output folder.</summary>
internal static class RepositoryFiles
{
    /// <remarks>
    /// Builds with NEWSBOT_ARTIFACTS put the output folder outside the repository; then the folder this
    /// source file was compiled from is the way back.
    /// </remarks>
    public static string Root([CallerFilePath] string sourceFile = "") =>
        FindUp(AppContext.BaseDirectory) ?? FindUp(Path.GetDirectoryName(sourceFile) ?? string.Empty)
        ?? throw new InvalidOperationException("Bot.sln not found above " + AppContext.BaseDirectory + " nor above " + sourceFile);

    private static string? FindUp(string start)
    {
        var directory = start.Length == 0 ? null : new DirectoryInfo(start);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Bot.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName;
    }

    public static IReadOnlyList<string> Seeds() =>
        Directory.GetFiles(Path.Combine(Root(), "seeds"), "*.txt").Order(StringComparer.Ordinal).ToArray();

    public static string GoldPath() => Path.GetFullPath(Path.Combine(Root(), "..", "shared", "gold", "seed-figures.json"));
}

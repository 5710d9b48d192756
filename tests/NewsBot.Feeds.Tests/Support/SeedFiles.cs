namespace NewsBot.Feeds.Tests.Support;

/// <summary>The repository's seeds/ articles, copied next to the test assembly by the project file.</summary>
internal static class SeedFiles
{
    public static string Folder => Path.Combine(AppContext.BaseDirectory, "Seeds");
}

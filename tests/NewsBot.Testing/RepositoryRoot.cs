namespace NewsBot.Testing;

/// <summary>Finds the repository (the folder holding Bot.sln) from a test's output folder.</summary>
public static class RepositoryRoot
{
    public static string Path { get; } = Locate();

    public static string Shared => System.IO.Path.GetFullPath(System.IO.Path.Combine(Path, "..", "shared"));

    public static string Seeds => System.IO.Path.Combine(Path, "seeds");

    private static string Locate()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "Bot.sln")))
            {
                return dir.FullName;
            }
        }

        var built = typeof(RepositoryRoot).Assembly.GetCustomAttributes(typeof(System.Reflection.AssemblyMetadataAttribute), false)
            .Cast<System.Reflection.AssemblyMetadataAttribute>()
            .FirstOrDefault(a => a.Key == "RepositoryRoot")?.Value;
        if (built is not null && File.Exists(System.IO.Path.Combine(built, "Bot.sln")))
        {
            return built;
        }

        throw new InvalidOperationException($"No Bot.sln above {AppContext.BaseDirectory}, nor at the folder the tests were built from.");
    }
}

namespace NewsBot.Hosting;

/// <summary>
/// Finds the folder that holds <c>appsettings.json</c>: the current folder or its nearest parent that
/// has one, so a command run anywhere inside the repository uses the repository's file; else the
/// binary's folder or its nearest parent that has one, so <c>dotnet run --project …</c> from outside
/// the repository still finds it, and a published build (the Docker image) uses its own copy.
/// Relative paths in the configuration are resolved against that folder.
/// </summary>
internal static class ContentRoot
{
    public const string SettingsFileName = "appsettings.json";

    public static string Locate(string startDirectory, string binaryDirectory) =>
        FindUpwards(startDirectory) ?? FindUpwards(binaryDirectory) ?? binaryDirectory;

    public static string Resolve(string contentRoot, string path) =>
        Path.IsPathRooted(path) ? path : Path.GetFullPath(Path.Combine(contentRoot, path));

    private static string? FindUpwards(string directory)
    {
        for (var dir = new DirectoryInfo(directory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, SettingsFileName)))
            {
                return dir.FullName;
            }
        }

        return null;
    }
}

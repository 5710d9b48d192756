namespace NewsBot.Hosting;

/// <summary>
/// Finds the folder that holds <c>appsettings.json</c>: the current folder or the nearest parent that
/// has one (so <c>dotnet run</c> from anywhere in the repository uses the repository's file), else the
/// binary's folder (the Docker image). Relative paths in the configuration are resolved against it.
/// </summary>
internal static class ContentRoot
{
    public const string SettingsFileName = "appsettings.json";

    public static string Locate(string startDirectory, string binaryDirectory)
    {
        for (var dir = new DirectoryInfo(startDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, SettingsFileName)))
            {
                return dir.FullName;
            }
        }

        return binaryDirectory;
    }

    public static string Resolve(string contentRoot, string path) =>
        Path.IsPathRooted(path) ? path : Path.GetFullPath(Path.Combine(contentRoot, path));
}

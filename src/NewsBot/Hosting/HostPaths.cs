namespace NewsBot.Hosting;

/// <summary>The content root (folder of appsettings.json) that relative paths in the configuration are relative to.</summary>
internal sealed record HostPaths(string ContentRoot)
{
    public string Resolve(string path) => Hosting.ContentRoot.Resolve(ContentRoot, path);
}

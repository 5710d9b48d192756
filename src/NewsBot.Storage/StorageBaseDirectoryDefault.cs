using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace NewsBot.Storage;

/// <summary>
/// Fills <see cref="StorageOptions.BaseDirectory"/> when configuration left it empty, so that
/// <c>data/newsbot.db</c> lands next to appsettings.json (the host's content root), not wherever the
/// command happened to be run from.
/// </summary>
internal sealed class StorageBaseDirectoryDefault(IHostEnvironment? environment = null) : IPostConfigureOptions<StorageOptions>
{
    public void PostConfigure(string? name, StorageOptions options)
    {
        if (string.IsNullOrWhiteSpace(options.BaseDirectory))
        {
            options.BaseDirectory = environment?.ContentRootPath ?? Directory.GetCurrentDirectory();
        }
    }
}

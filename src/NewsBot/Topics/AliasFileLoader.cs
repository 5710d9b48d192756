using Microsoft.Extensions.Logging;
using NewsBot.Core.Subscriptions.Matching;
using NewsBot.Hosting;

namespace NewsBot.Topics;

/// <summary>Reads the operators' alias file; Core only parses text.</summary>
internal static class AliasFileLoader
{
    public static AliasTable Load(TopicsOptions options, HostPaths paths, ILogger logger)
    {
        var path = paths.Resolve(options.AliasesFile);
        if (!File.Exists(path))
        {
            Log.AliasFileMissing(logger, path);
            return AliasTable.Empty;
        }

        try
        {
            using var reader = File.OpenText(path);
            var table = AliasTable.Parse(reader);
            Log.AliasFileLoaded(logger, table.Count, path);
            return table;
        }
        catch (AliasFormatException ex)
        {
            // Worded so the command line reports it as a configuration error (see CliErrors).
            throw new InvalidOperationException($"Invalid configuration value at '{TopicsOptions.Section}:{nameof(TopicsOptions.AliasesFile)}': {path}, {ex.Message}", ex);
        }
    }
}

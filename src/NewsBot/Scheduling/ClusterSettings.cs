using Microsoft.Extensions.Configuration;
using NewsBot.Storage;

namespace NewsBot.Scheduling;

/// <summary>
/// Whether the scheduler runs as one node of a Quartz cluster: it does when storage is PostgreSQL, so the
/// schedule lives in the shared database and each trigger fires on one node. Read from the raw
/// configuration because Quartz is configured before the container exists.
/// </summary>
internal sealed record ClusterSettings(string ConnectionString, TimeSpan CheckinInterval, string? NodeName)
{
    public const string CheckinKey = "Scheduling:ClusterCheckinSeconds";

    /// <summary>This node's name in the cluster (Quartz's instance id); generated from the host name and start time when unset.</summary>
    public const string NodeNameKey = "Scheduling:NodeName";

    /// <summary>A node that stops checking in has its triggers taken over after about this long again.</summary>
    public static readonly TimeSpan DefaultCheckinInterval = TimeSpan.FromSeconds(10);

    public static ClusterSettings? From(IConfiguration configuration)
    {
        var storage = configuration.GetSection(StorageOptions.Section);
        if (!string.Equals(storage[nameof(StorageOptions.Provider)], StorageProviders.Postgres, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var seconds = double.TryParse(configuration[CheckinKey], System.Globalization.CultureInfo.InvariantCulture, out var s) ? s : DefaultCheckinInterval.TotalSeconds;
        return new ClusterSettings(
            storage[nameof(StorageOptions.ConnectionString)] ?? string.Empty,
            TimeSpan.FromSeconds(Math.Clamp(seconds, 0.5, 300)),
            string.IsNullOrWhiteSpace(configuration[NodeNameKey]) ? null : configuration[NodeNameKey]);
    }
}

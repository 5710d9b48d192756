using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Configuration;

namespace NewsBot.Scheduling;

/// <summary>
/// How many feeds <c>run</c> polls at once. Bound from the <c>FeedFetching</c> section (beside the fetching
/// settings it works with) and validated at start.
/// </summary>
internal sealed class PollConcurrencyOptions
{
    public const string Section = "FeedFetching";

    /// <summary>
    /// Most feed polls running at the same time. A poll mostly waits on the network, so a slow or hanging feed
    /// holds one of these for up to <c>FeedFetching:TimeoutSeconds</c> while the others go on. Default: 32.
    /// </summary>
    [Range(1, 1000, ErrorMessage = "FeedFetching:MaxConcurrentPolls must be between {1} and {2}.")]
    public int MaxConcurrentPolls { get; set; } = DefaultMaxConcurrentPolls;

    /// <summary>The scheduler's own jobs besides the polls: delivery, the digest job and the digest trigger sync.</summary>
    public const int OtherJobs = 3;

    internal const int DefaultMaxConcurrentPolls = 32;

    /// <summary>
    /// Quartz's thread pool size, from the raw configuration because Quartz is configured before the container
    /// exists; an out-of-range value is clamped here and reported with its key when the host validates it.
    /// </summary>
    public static int PoolSize(IConfiguration configuration)
    {
        var polls = int.TryParse(configuration[$"{Section}:{nameof(MaxConcurrentPolls)}"], System.Globalization.CultureInfo.InvariantCulture, out var n)
            ? Math.Clamp(n, 1, 1000)
            : DefaultMaxConcurrentPolls;
        return polls + OtherJobs;
    }
}

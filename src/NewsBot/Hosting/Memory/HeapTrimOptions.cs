using System.ComponentModel.DataAnnotations;

namespace NewsBot.Hosting.Memory;

/// <summary>
/// When <c>run</c> compacts the managed heap between the runtime's own collections. Bound from the
/// <c>Memory</c> section and validated at start.
/// </summary>
internal sealed class HeapTrimOptions
{
    public const string Section = "Memory";

    /// <summary>
    /// The heap's memory beyond what it held live at its last full collection (garbage not yet collected and free
    /// space between objects) past which <c>run</c> compacts it and gives the rest back to the system; the larger of
    /// this and <see cref="TrimAbovePercentOfLive"/> applies. 0 turns trimming off. Default: 16.
    /// </summary>
    [Range(0, 1_048_576, ErrorMessage = "Memory:TrimAboveMegabytes must be between {1} and {2}.")]
    public int TrimAboveMegabytes { get; set; } = 16;

    /// <summary>The same threshold as a share of the live heap, so a large deployment is not compacted for a small excess. Default: 15.</summary>
    [Range(1, 1000, ErrorMessage = "Memory:TrimAbovePercentOfLive must be between {1} and {2}.")]
    public int TrimAbovePercentOfLive { get; set; } = 15;

    /// <summary>How often the heap is looked at (reading it costs nothing). Default: 10.</summary>
    [Range(1, 3600, ErrorMessage = "Memory:CheckSeconds must be between {1} and {2}.")]
    public int CheckSeconds { get; set; } = 10;

    /// <summary>The least time between two compactions, whatever the heap: each one stops the process for the time it takes. Default: 60.</summary>
    [Range(1, 86_400, ErrorMessage = "Memory:MinSecondsBetweenTrims must be between {1} and {2}.")]
    public int MinSecondsBetweenTrims { get; set; } = 60;
}

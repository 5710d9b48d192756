using System.ComponentModel.DataAnnotations;

namespace NewsBot.Core.Commands;

/// <summary>Quotas and sizes of the chat commands. Section <c>Commands</c>.</summary>
public sealed class CommandOptions
{
    public const string Section = "Commands";

    /// <summary>Subscriptions one channel (or thread) may have. Default 25.</summary>
    [Range(1, 1000, ErrorMessage = "Commands:MaxSubscriptionsPerChannel must be between {1} and {2}.")]
    public int MaxSubscriptionsPerChannel { get; set; } = 25;

    /// <summary>
    /// Story queries (<c>latest</c>, <c>figures</c>, <c>why</c>) one channel may ask in any 60 seconds; a sliding
    /// window. Default 10.
    /// </summary>
    [Range(1, 600, ErrorMessage = "Commands:QueriesPerMinutePerChannel must be between {1} and {2}.")]
    public int QueriesPerMinutePerChannel { get; set; } = 10;

    /// <summary>How far back <c>latest</c> and <c>figures</c> look, in days. Default 7.</summary>
    [Range(1, 365, ErrorMessage = "Commands:LookbackDays must be between {1} and {2}.")]
    public int LookbackDays { get; set; } = 7;

    /// <summary>Most recent stories read from storage per query, before matching. Default 300.</summary>
    [Range(10, 10_000, ErrorMessage = "Commands:StoriesScanned must be between {1} and {2}.")]
    public int StoriesScanned { get; set; } = 300;

    /// <summary>Stories <c>latest</c> shows. Default 5.</summary>
    [Range(1, 25, ErrorMessage = "Commands:LatestStories must be between {1} and {2}.")]
    public int LatestStories { get; set; } = 5;

    /// <summary>Figure lines <c>figures</c> shows (a line may set conflicting figures side by side). Default 8.</summary>
    [Range(1, 25, ErrorMessage = "Commands:MaxFigures must be between {1} and {2}.")]
    public int MaxFigures { get; set; } = 8;
}

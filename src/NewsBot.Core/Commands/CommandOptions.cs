using System.ComponentModel.DataAnnotations;
using NewsBot.Core.Subscriptions.Query;

namespace NewsBot.Core.Commands;

/// <summary>
/// Quotas and sizes of the chat commands. Section <c>Commands</c>. The query limits can only be lowered below the
/// matcher's own (<see cref="QueryLimits"/>), which every stored subscription must keep to.
/// </summary>
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

    /// <summary>
    /// Characters a command may have after its name; longer ones are refused before any parsing. Default 1000
    /// (a query of <see cref="MaxQueryLength"/> with all its options fits).
    /// </summary>
    [Range(100, 10_000, ErrorMessage = "Commands:MaxCommandLength must be between {1} and {2}.")]
    public int MaxCommandLength { get; set; } = 1000;

    /// <summary>Characters of a topic query. Default and most 500 (<see cref="QueryLimits.MaxLength"/>).</summary>
    [Range(10, QueryLimits.MaxLength, ErrorMessage = "Commands:MaxQueryLength must be between {1} and {2}.")]
    public int MaxQueryLength { get; set; } = QueryLimits.MaxLength;

    /// <summary>Words, phrase words and prefixes of a topic query. Default and most 20 (<see cref="QueryLimits.MaxTerms"/>).</summary>
    [Range(1, QueryLimits.MaxTerms, ErrorMessage = "Commands:MaxQueryTerms must be between {1} and {2}.")]
    public int MaxQueryTerms { get; set; } = QueryLimits.MaxTerms;

    /// <summary>Levels of parentheses in a topic query. Default and most 5 (<see cref="QueryLimits.MaxDepth"/>).</summary>
    [Range(0, QueryLimits.MaxDepth, ErrorMessage = "Commands:MaxQueryDepth must be between {1} and {2}.")]
    public int MaxQueryDepth { get; set; } = QueryLimits.MaxDepth;

    /// <summary>Figure lines <c>figures</c> shows (a line may set conflicting figures side by side). Default 8.</summary>
    [Range(1, 25, ErrorMessage = "Commands:MaxFigures must be between {1} and {2}.")]
    public int MaxFigures { get; set; } = 8;
}

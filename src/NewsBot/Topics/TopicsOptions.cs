using System.ComponentModel.DataAnnotations;

namespace NewsBot.Topics;

/// <summary>The <c>Topics</c> section: how topic queries are matched.</summary>
public sealed class TopicsOptions
{
    public const string Section = "Topics";

    /// <summary>
    /// The alias table (names that mean the same thing across languages), relative to the folder of
    /// appsettings.json. Default <c>aliases/aliases.txt</c>, the file in the repository, copied next to
    /// the binary. A missing file leaves topics without aliases (with a warning).
    /// </summary>
    [Required(AllowEmptyStrings = false, ErrorMessage = "Topics:AliasesFile must name a file.")]
    public string AliasesFile { get; set; } = "aliases/aliases.txt";

    /// <summary>
    /// How often <c>run</c> checks whether subscriptions changed (on this node or another) and updates the
    /// topic index; the check is one small query. Default 5 seconds.
    /// </summary>
    [Range(1, 3600, ErrorMessage = "Topics:FollowSeconds must be between 1 and 3600.")]
    public int FollowSeconds { get; set; } = 5;
}

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
}

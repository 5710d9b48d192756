using System.ComponentModel.DataAnnotations;

namespace NewsBot.Core.Pipeline;

/// <summary>How much of an article the pipeline analyses, and how it treats an article whose analysis, story or planning fails. Bound from the <c>Ingestion</c> section.</summary>
public sealed class IngestionOptions : IValidatableObject
{
    public const string Section = "Ingestion";

    /// <summary>Failed tries after which an article is left aside until an operator retries it. Default 5.</summary>
    [Range(1, 1_000, ErrorMessage = "Ingestion:MaxArticleTries must be between {1} and {2}.")]
    public int MaxArticleTries { get; set; } = 5;

    /// <summary>Wait before the first retry of a failed article, in seconds; doubled after each failed try. Default 60.</summary>
    [Range(1, 86_400, ErrorMessage = "Ingestion:ArticleRetrySeconds must be between {1} and {2}.")]
    public int ArticleRetrySeconds { get; set; } = 60;

    /// <summary>Longest wait between two tries of a failed article, in minutes. Default 60.</summary>
    [Range(1, 10_080, ErrorMessage = "Ingestion:MaxArticleRetryMinutes must be between {1} and {2}.")]
    public int MaxArticleRetryMinutes { get; set; } = 60;

    /// <summary>
    /// Characters of an article's text that are analysed (language, summary, figures, sources); a longer
    /// text is analysed on its first this many (cut at a paragraph or word break) plus its title, and the
    /// cut is logged. The article is stored whole. Default 100,000 (a long feature is 30,000).
    /// </summary>
    [Range(1_000, 10_000_000, ErrorMessage = "Ingestion:MaxAnalyzedCharacters must be between {1} and {2}.")]
    public int MaxAnalyzedCharacters { get; set; } = 100_000;

    /// <summary>
    /// The folder of the file in which story grouping keeps its open stories' vectors (~240 bytes a story: 48 MB
    /// at 200,000 open stories, three days of 100,000 articles a day), deleted when the bot stops or dies. Default: the
    /// system's temporary folder. If the file cannot be created there, the vectors are kept in memory and a
    /// warning says why.
    /// </summary>
    public string? StoryVectorDirectory { get; set; }

    /// <summary>
    /// Stories story grouping keeps open at once. A story stays open three days after its newest article; when
    /// more are open, the one told least recently closes early, and its next report starts a new story (a warning
    /// says so, at most once an hour, with how long such stories had been quiet). Each open story costs ~300 bytes of
    /// memory and 240 on disk. Default 100,000: three days of news of ~50,000 articles a day.
    /// </summary>
    [Range(1_000, 100_000_000, ErrorMessage = "Ingestion:MaxOpenStories must be between {1} and {2}.")]
    public int MaxOpenStories { get; set; } = DefaultMaxOpenStories;

    /// <summary>The default of <see cref="MaxOpenStories"/>.</summary>
    public const int DefaultMaxOpenStories = 100_000;

    /// <summary>The least <see cref="KeepArticleTextDays"/> other than 0: the story window's three days and one more.</summary>
    public const int MinKeepArticleTextDays = 4;

    /// <summary>
    /// Days an article's text is kept after it was read, and at least <c>Commands:LookbackDays</c>; then the hourly
    /// cleanup empties it, so the database does not grow with the
    /// text of everything ever read (about two thirds of an article's bytes: 4.2 of 6.3 KB in the deployment soak). The article's row, title and
    /// analysis stay: an item still in its feed is not taken for new, and <c>figures</c> keeps its numbers.
    /// 0 keeps every text. Default 30; otherwise at least 4: story grouping reads the texts of the last three days.
    /// </summary>
    [Range(0, 36_500, ErrorMessage = "Ingestion:KeepArticleTextDays must be 0 (keep all) or between 4 and 36500.")]
    public int KeepArticleTextDays { get; set; } = 30;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (KeepArticleTextDays is > 0 and < MinKeepArticleTextDays)
        {
            yield return new ValidationResult(
                $"Ingestion:KeepArticleTextDays must be 0 (keep all) or between {MinKeepArticleTextDays} and 36500: story grouping reads the texts of the last three days.",
                [nameof(KeepArticleTextDays)]);
        }
    }
}

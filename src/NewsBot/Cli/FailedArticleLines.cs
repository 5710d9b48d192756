using NewsBot.Core.Articles;

namespace NewsBot.Cli;

/// <summary>How <c>demo</c> and <c>ingest</c> tell that some articles of a run failed while the others went on.</summary>
internal static class FailedArticleLines
{
    public static async Task WriteAsync(TextWriter error, IReadOnlyList<ArticleFailure> failed)
    {
        if (failed.Count == 0)
        {
            return;
        }

        await error.WriteLineAsync(
            $"newsbot: {failed.Count} {(failed.Count == 1 ? "article" : "articles")} failed and {(failed.Count == 1 ? "was" : "were")} set aside; every other article went on:").ConfigureAwait(false);
        foreach (var failure in failed)
        {
            var next = failure.RetryAt is null ? "left aside" : "tried again later";
            await error.WriteLineAsync($"  {FailedCommand.ArticlePrefix}{failure.ArticleId} [{failure.FeedName}] {failure.Title} ({next}): {failure.Reason}").ConfigureAwait(false);
        }
    }
}

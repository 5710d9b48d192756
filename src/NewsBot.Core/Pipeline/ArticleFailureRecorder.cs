using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NewsBot.Core.Articles;
using NewsBot.Core.Text;

namespace NewsBot.Core.Pipeline;

/// <summary>
/// Records a failed try of one article: counts it, sets its next try with backoff (or leaves it aside after
/// <see cref="IngestionOptions.MaxArticleTries"/>), logs one line with the article's id and counts it in
/// <see cref="IngestionMetrics.ArticlesFailed"/>.
/// </summary>
public sealed class ArticleFailureRecorder(
    IArticleStore articles,
    IOptions<IngestionOptions> options,
    IngestionMetrics metrics,
    TimeProvider timeProvider,
    ILogger<ArticleFailureRecorder> logger)
{
    // Exception messages can carry a whole input; the reason is for a person reading a list.
    private const int MaxReasonChars = 1_000;

    public async Task<ArticleFailure> RecordAsync(Article article, string step, Exception exception, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(article);
        ArgumentNullException.ThrowIfNull(exception);
        var settings = options.Value;
        var previous = await articles.GetFailureAsync(article.Id, cancellationToken).ConfigureAwait(false);
        var tries = (previous?.Tries ?? 0) + 1;
        var now = timeProvider.GetUtcNow();
        DateTimeOffset? retryAt = tries >= settings.MaxArticleTries ? null : now + Backoff(settings, tries);
        var reason = Reason(step, exception);
        await articles.RecordFailureAsync(article.Id, reason, tries, now, retryAt, cancellationToken).ConfigureAwait(false);

        metrics.ArticleFailed(step, leftAside: retryAt is null);
        if (retryAt is { } next)
        {
            Log.ArticleFailed(logger, article.Id, article.FeedName, step, tries, settings.MaxArticleTries, next, exception);
        }
        else
        {
            Log.ArticleLeftAside(logger, article.Id, article.FeedName, step, tries, exception);
        }

        return new ArticleFailure
        {
            ArticleId = article.Id,
            FeedName = article.FeedName,
            Title = article.Title,
            Reason = reason,
            Tries = tries,
            LastTriedAt = now,
            RetryAt = retryAt,
        };
    }

    internal static TimeSpan Backoff(IngestionOptions settings, int tries)
    {
        var seconds = settings.ArticleRetrySeconds * Math.Pow(2, Math.Min(tries - 1, 30));
        return TimeSpan.FromSeconds(Math.Min(seconds, settings.MaxArticleRetryMinutes * 60.0));
    }

    internal static string Reason(string step, Exception exception)
    {
        var reason = $"{step}: {exception.GetType().Name}: {exception.Message}";
        return DisplayText.Shorten(reason, MaxReasonChars);
    }
}

using NewsBot.Core.Analysis;
using NewsBot.Core.Articles;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using NewsBot.Core.Pipeline;
using NewsBot.Core.Subscriptions.Matching;

namespace NewsBot.Core.Stories;

/// <summary>
/// Puts each new article in a stored story: the clusterer decides which articles belong together,
/// the store remembers it. The clusterer is warmed once by replaying the stored assignments of the
/// last <see cref="StoryClusterer.Window"/> into their stories, so a restart keeps grouping with what
/// came before, in the same stories.
/// </summary>
public sealed class StoryTracker : IDisposable
{
    /// <summary>Stored articles read at once while the clusterer is warmed after a start.</summary>
    internal const int WarmBatch = 500;

    /// <summary>Least time between two warnings that stories closed early (event 1157).</summary>
    internal static readonly TimeSpan ClosedEarlyWarningInterval = TimeSpan.FromHours(1);

    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly IStoryStore _stories;
    private readonly IArticleStore _articles;
    private readonly IArticleAnalysisStore _analyses;
    private readonly ArticleAnalyzer _analyzer;
    private readonly TimeProvider _timeProvider;
    private readonly AliasTable _aliases;
    private readonly string? _vectorDirectory;
    private readonly int _maxOpenStories = StoryClusterer.Unbounded;
    private readonly ILogger _logger;
    private StoryClusterer? _clusterer;
    private long _closedEarlyWarned;
    private DateTimeOffset _closedEarlyWarnedAt = DateTimeOffset.MinValue;

    /// <summary>
    /// The bot's: the stories' vectors in a file in <see cref="IngestionOptions.StoryVectorDirectory"/> (the system's
    /// temporary folder by default), or in memory if it cannot be created there; at most
    /// <see cref="IngestionOptions.MaxOpenStories"/> stories open at once.
    /// </summary>
    public StoryTracker(IStoryStore stories, IArticleStore articles, IArticleAnalysisStore analyses, ArticleAnalyzer analyzer, TimeProvider timeProvider, AliasTable aliases, IOptions<IngestionOptions> options, ILogger<StoryTracker> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        (_stories, _articles, _analyses, _analyzer, _timeProvider, _aliases) = (stories, articles, analyses, analyzer, timeProvider, aliases);
        _vectorDirectory = string.IsNullOrWhiteSpace(options.Value.StoryVectorDirectory) ? Path.GetTempPath() : options.Value.StoryVectorDirectory;
        _maxOpenStories = options.Value.MaxOpenStories;
        _logger = logger;
    }

    /// <summary>The stories' vectors in memory.</summary>
    public StoryTracker(IStoryStore stories, IArticleStore articles, IArticleAnalysisStore analyses, ArticleAnalyzer analyzer, TimeProvider timeProvider, AliasTable aliases)
    {
        (_stories, _articles, _analyses, _analyzer, _timeProvider, _aliases) = (stories, articles, analyses, analyzer, timeProvider, aliases);
        _logger = NullLogger.Instance;
    }

    /// <summary>Without an alias table: French and English reports then join only through names and figures.</summary>
    public StoryTracker(IStoryStore stories, IArticleStore articles, IArticleAnalysisStore analyses, ArticleAnalyzer analyzer, TimeProvider timeProvider)
        : this(stories, articles, analyses, analyzer, timeProvider, AliasTable.Empty)
    {
    }

    /// <summary>The file of the stories' vectors once the clusterer is warm; null while it is not, or when they are in memory.</summary>
    public string? VectorFile => _clusterer?.VectorFile;

    /// <summary>
    /// Stories open now and the bytes of the clusterer's tables; zeros while it is not warm. Read without the gate,
    /// so a figure may be a moment old (the deployment soak prints them).
    /// </summary>
    internal (int OpenStories, long Bytes) Size => _clusterer is { } clusterer ? (clusterer.OpenStories, clusterer.Bytes) : (0, 0);

    /// <summary>
    /// Term objects the clusterer's cache holds now: filling with the words read until its daily sweep or its bound
    /// (<see cref="TermVocabulary.MaxCached"/>), whichever comes first. Read as <see cref="Size"/> is.
    /// </summary>
    internal int TermObjects => _clusterer?.VocabularySize ?? 0;

    /// <summary>The stored story the article now belongs to, and whether the article started it.</summary>
    public async Task<TrackedStory> AssignAsync(AnalyzedArticle article, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(article);
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var clusterer = _clusterer ??= await WarmAsync(cancellationToken).ConfigureAwait(false);

            // Placed before a crash stopped its planning: the warm clusterer already holds it.
            if (await _stories.FindStoryOfAsync(article.Article.Id, cancellationToken).ConfigureAwait(false) is { } placed)
            {
                return new TrackedStory(placed, IsNew: false);
            }

            var placement = clusterer.Add(article.Article, article.Analysis);
            var now = _timeProvider.GetUtcNow();
            var storyId = placement.StoredId ?? await _stories.CreateAsync(now, cancellationToken).ConfigureAwait(false);
            clusterer.Attach(placement.Id, storyId);
            await _stories.AssignAsync(article.Article.Id, storyId, now, cancellationToken).ConfigureAwait(false);
            WarnIfClosedEarly(clusterer, now);
            return new TrackedStory(storyId, placement.StoredId is null);
        }
        finally
        {
            _gate.Release();
        }
    }

    private void WarnIfClosedEarly(StoryClusterer clusterer, DateTimeOffset now)
    {
        var closed = clusterer.ClosedEarly - _closedEarlyWarned;
        if (closed > 0 && now - _closedEarlyWarnedAt >= ClosedEarlyWarningInterval)
        {
            Log.StoriesClosedEarly(_logger, _maxOpenStories, closed, clusterer.LastClosedEarlyQuiet.TotalHours);
            (_closedEarlyWarned, _closedEarlyWarnedAt) = (clusterer.ClosedEarly, now);
        }
    }

    public void Dispose()
    {
        _gate.Dispose();
        _clusterer?.Dispose();
    }

    private async Task<StoryClusterer> WarmAsync(CancellationToken cancellationToken)
    {
        var clusterer = NewClusterer();
        var since = _timeProvider.GetUtcNow() - StoryClusterer.Window;
        var assignments = await _stories.ListAssignmentsSinceAsync(since, cancellationToken).ConfigureAwait(false);

        // The window of thousands of feeds holds hundreds of thousands of articles: read them a batch at a
        // time, two reads a batch rather than two an article, and replay each batch in its stored order.
        foreach (var batch in assignments.Chunk(WarmBatch))
        {
            var ids = batch.Select(a => a.ArticleId).Distinct().ToArray();
            var found = (await _articles.GetManyAsync(ids, cancellationToken).ConfigureAwait(false)).ToDictionary(a => a.Id);
            var analyzed = await _analyses.GetManyAsync(ids, cancellationToken).ConfigureAwait(false);
            foreach (var assignment in batch)
            {
                if (!found.TryGetValue(assignment.ArticleId, out var article))
                {
                    continue;
                }

                var analysis = analyzed.GetValueOrDefault(article.Id) ?? _analyzer.Analyze(article.Title, article.Text);
                clusterer.Restore(article, analysis, assignment.StoryId);
            }
        }

        return clusterer;
    }

    private StoryClusterer NewClusterer()
    {
        if (_vectorDirectory is null)
        {
            return new StoryClusterer(_aliases, _maxOpenStories);
        }

        try
        {
            var clusterer = StoryClusterer.WithVectorsIn(_vectorDirectory, _aliases, _maxOpenStories);
            Log.StoryVectorsInFile(_logger, _vectorDirectory, Path.GetFileName(clusterer.VectorFile!));
            return clusterer;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            Log.StoryVectorsInMemory(_logger, _vectorDirectory, ex);
            return new StoryClusterer(_aliases, _maxOpenStories);
        }
    }
}

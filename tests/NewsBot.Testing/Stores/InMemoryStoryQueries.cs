using System.Globalization;
using NewsBot.Core.Commands;
using NewsBot.Core.Text;

namespace NewsBot.Testing.Stores;

/// <summary><see cref="IStoryQueries"/> over stories and articles the test adds.</summary>
public sealed class InMemoryStoryQueries : IStoryQueries
{
    private readonly Lock _gate = new();
    private readonly List<StoryView> _stories = [];
    private readonly List<ArticleView> _articles = [];

    public void Add(StoryView story)
    {
        lock (_gate)
        {
            _stories.Add(story);
        }
    }

    public void Add(ArticleView article)
    {
        lock (_gate)
        {
            _articles.Add(article);
        }
    }

    public Task<IReadOnlyList<StoryView>> ListRecentAsync(DateTimeOffset since, int limit, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            IReadOnlyList<StoryView> recent = _stories.Where(s => s.UpdatedAt >= since).OrderByDescending(s => s.UpdatedAt).Take(limit).ToList();
            return Task.FromResult(recent);
        }
    }

    public Task<ArticleView?> FindArticleAsync(string urlOrId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(urlOrId);
        lock (_gate)
        {
            if (long.TryParse(urlOrId, NumberStyles.None, CultureInfo.InvariantCulture, out var id))
            {
                return Task.FromResult(_articles.FirstOrDefault(a => a.Id == id));
            }

            var canonical = Uri.TryCreate(urlOrId, UriKind.Absolute, out var link) ? LinkCanonicalizer.Canonicalize(link) : null;
            return Task.FromResult(_articles.FirstOrDefault(a => a.Link is not null
                && (a.Link.OriginalString == urlOrId || (canonical is not null && LinkCanonicalizer.Canonicalize(a.Link) == canonical))));
        }
    }
}

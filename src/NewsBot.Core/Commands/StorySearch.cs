using Microsoft.Extensions.Options;
using NewsBot.Core.Subscriptions.Matching;
using NewsBot.Core.Subscriptions.Query;

namespace NewsBot.Core.Commands;

/// <summary>The recent stories that match a topic, newest first: what <c>latest</c> and <c>figures</c> start from.</summary>
internal sealed class StorySearch(IStoryQueries stories, AliasTable aliases, TimeProvider time, IOptions<CommandOptions> options)
{
    public int LookbackDays => options.Value.LookbackDays;

    public async Task<IReadOnlyList<StoryView>> FindAsync(TopicQuery query, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var since = time.GetUtcNow() - TimeSpan.FromDays(settings.LookbackDays);
        var recent = await stories.ListRecentAsync(since, settings.StoriesScanned, cancellationToken).ConfigureAwait(false);
        var filter = new StoryFilter(query, aliases);
        return recent.Where(filter.Matches).OrderByDescending(s => s.UpdatedAt).ThenByDescending(s => s.Id).ToList();
    }
}

using NewsBot.Core.Stories;

namespace NewsBot.Core.Tests.Stories;

public sealed class StoryIndexTests
{
    [Fact]
    public void Candidates_MoreStoriesThanAreScored_KeepsThoseTheArticlesHeaviestTermsFind()
    {
        // Many stories share the article's common word; only a few also share its rare name.
        var common = new StoryTerm("common", 1);
        var name = new StoryTerm("name", 2);
        var index = new StoryIndex();
        var stories = new List<StoryState>();
        for (var id = 1; id <= StoryIndex.MaxScored * 4; id++)
        {
            var story = new StoryState(id);
            story.Add(Vector(id % 10 == 0 ? [common, name] : [common]), DateTimeOffset.UnixEpoch);
            index.Reindex(story);
            stories.Add(story);
        }

        var article = Vector([common, name]);
        (common.Scratch, name.Scratch) = (0.1f, 0.9f);

        var candidates = index.Candidates(article, serial: 1);

        Assert.Equal(StoryIndex.MaxScored, candidates.Count);
        var withName = stories.Where(s => s.Id % 10 == 0).Select(s => s.Id).ToHashSet();
        Assert.Subset(candidates.Select(c => c.Id).ToHashSet(), withName);
    }

    [Fact]
    public void Candidates_FewStories_ScoresEveryStoryFound()
    {
        var word = new StoryTerm("word", 3);
        var index = new StoryIndex();
        for (var id = 1; id <= 5; id++)
        {
            var story = new StoryState(id);
            story.Add(Vector([word]), DateTimeOffset.UnixEpoch);
            index.Reindex(story);
        }

        word.Scratch = 1;

        Assert.Equal(5, index.Candidates(Vector([word]), serial: 1).Count);
    }

    [Fact]
    public void Remove_StoriesThatLeft_LeaveNoTermBehind()
    {
        var (shared, own) = (new StoryTerm("shared", 1), new StoryTerm("own", 2));
        var index = new StoryIndex();
        var stories = Enumerable.Range(1, 3).Select(id => new StoryState(id)).ToList();
        foreach (var story in stories)
        {
            story.Add(Vector(story.Id == 1 ? [shared, own] : [shared]), DateTimeOffset.UnixEpoch);
            index.Reindex(story);
        }

        Assert.Equal(3, index.PostingCount(shared.Hash));
        index.Remove(stories[1]);
        Assert.Equal(2, index.PostingCount(shared.Hash));

        index.Remove(stories[0]);
        index.Remove(stories[2]);

        Assert.Equal(0, index.Count);
    }

    private static ArticleVector Vector(StoryTerm[] terms) =>
        new(terms, terms.Select(_ => 1f).ToArray(), terms.Select(_ => false).ToArray(), 0, "en");
}

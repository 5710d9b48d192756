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
        var stories = new StoryTable();
        var index = new StoryIndex(stories);
        var withName = new HashSet<int>();
        for (var n = 1; n <= StoryIndex.MaxScored * 4; n++)
        {
            var story = Open(stories, index, n % 10 == 0 ? [common, name] : [common]);
            if (n % 10 == 0)
            {
                withName.Add(story);
            }
        }

        var article = Vector([common, name]);
        (common.Scratch, name.Scratch) = (0.1f, 0.9f);

        var candidates = index.Candidates(article, serial: 1);

        Assert.Equal(StoryIndex.MaxScored, candidates.Count);
        Assert.Subset(candidates.ToHashSet(), withName);
    }

    [Fact]
    public void Candidates_FewStories_ScoresEveryStoryFound()
    {
        var word = new StoryTerm("word", 3);
        var stories = new StoryTable();
        var index = new StoryIndex(stories);
        for (var n = 1; n <= 5; n++)
        {
            Open(stories, index, [word]);
        }

        word.Scratch = 1;

        Assert.Equal(5, index.Candidates(Vector([word]), serial: 1).Count);
    }

    [Fact]
    public void Remove_StoriesThatLeft_LeaveNoTermBehind()
    {
        var (shared, own) = (new StoryTerm("shared", 1), new StoryTerm("own", 2));
        var stories = new StoryTable();
        var index = new StoryIndex(stories);
        var opened = new[] { Open(stories, index, [shared, own]), Open(stories, index, [shared]), Open(stories, index, [shared]) };

        Assert.Equal(3, index.PostingCount(shared.Hash));
        index.Remove(opened[1]);
        Assert.Equal(2, index.PostingCount(shared.Hash));

        index.Remove(opened[0]);
        index.Remove(opened[2]);

        Assert.Equal(0, index.Count);
    }

    [Fact]
    public void Reindex_ManyStoriesComingAndGoing_FindsEachByItsTermsAndNoOther()
    {
        // Enough stories to grow and shrink the table several times, with terms one story owns and terms few or many share,
        // and removals in an order other than insertion, so entries move back over the holes that removals leave.
        var stories = new StoryTable();
        var index = new StoryIndex(stories);
        var random = new Random(11);
        var open = new Dictionary<int, StoryTerm[]>();
        for (var round = 0; round < 20_000; round++)
        {
            if (open.Count > 0 && random.Next(3) == 0)
            {
                var leaving = open.Keys.ElementAt(random.Next(open.Count));
                index.Remove(leaving);
                stories.Release(leaving);
                open.Remove(leaving);
                continue;
            }

            // Two terms of many stories (lists), two of a few (blocks, crossing into lists and back), two of one.
            var terms = Enumerable.Range(0, 6)
                .Select(k => new StoryTerm("t", k switch
                {
                    < 2 => (uint)random.Next(1, 50),
                    < 4 => (uint)random.Next(100, 3_000),
                    _ => (uint)random.Next(10_000, int.MaxValue),
                }))
                .DistinctBy(t => t.Hash)
                .ToArray();
            open[Open(stories, index, terms)] = terms;
        }

        foreach (var (story, terms) in open)
        {
            Assert.All(terms, term => Assert.Contains(story, index.Postings(term.Hash)));
        }

        var byTerm = open.SelectMany(o => o.Value.Select(t => (t.Hash, Story: o.Key))).ToLookup(p => p.Hash, p => p.Story);
        Assert.Equal(byTerm.Count, index.Count);
        Assert.All(byTerm, term => Assert.Equal(term.Order(), index.Postings(term.Key).Order()));
        foreach (var story in open.Keys.ToList())
        {
            index.Remove(story);
        }

        Assert.Equal(0, index.Count);
    }

    private static int Open(StoryTable stories, StoryIndex index, StoryTerm[] terms)
    {
        var story = stories.Open(storedId: 0);
        stories.Add(story, Vector(terms), DateTimeOffset.UnixEpoch);
        index.Reindex(story, []);
        return story;
    }

    private static ArticleVector Vector(StoryTerm[] terms) =>
        new(terms, terms.Select(_ => 1f).ToArray(), terms.Select(_ => false).ToArray(), 0, "en");
}

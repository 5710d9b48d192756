namespace NewsBot.Core.Stories;

/// <summary>
/// Open stories by their heaviest terms (names, places, figures, rare words), so an article is scored
/// only against the stories it shares such a term with, however many are open.
/// </summary>
internal sealed class StoryIndex
{
    /// <summary>A term in more stories' heads than this is not what tells one event from another; it finds no candidates.</summary>
    public const int MaxPostings = 2_000;

    private readonly List<StoryState> _candidates = [];

    public static void Reindex(StoryState story)
    {
        var head = story.Terms.Take(StoryState.IndexTerms).ToArray();
        foreach (var term in story.Indexed)
        {
            if (Array.IndexOf(head, term) < 0)
            {
                term.RemovePosting(story);
            }
        }

        foreach (var term in head)
        {
            if (Array.IndexOf(story.Indexed, term) < 0)
            {
                term.AddPosting(story);
            }
        }

        story.Indexed = head;
    }

    public static void Remove(StoryState story)
    {
        foreach (var term in story.Indexed)
        {
            term.RemovePosting(story);
        }

        story.Indexed = [];
    }

    /// <summary>The open stories indexed under any of the article's terms; the list is reused by the next call.</summary>
    public List<StoryState> Candidates(ArticleVector article, long serial)
    {
        _candidates.Clear();
        foreach (var term in article.Terms)
        {
            if (term.PostingCount > MaxPostings)
            {
                continue;
            }

            foreach (var story in term.Postings)
            {
                if (story.CandidateOf != serial)
                {
                    story.CandidateOf = serial;
                    _candidates.Add(story);
                }
            }
        }

        return _candidates;
    }
}

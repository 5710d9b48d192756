namespace NewsBot.Core.Stories;

/// <summary>
/// Open stories by their heaviest terms (names, places, figures, rare words), so an article is scored
/// only against the stories it shares such a term with, however many are open.
/// </summary>
internal sealed class StoryIndex
{
    /// <summary>A term in more stories' heads than this is not what tells one event from another; it finds no candidates.</summary>
    public const int MaxPostings = 2_000;

    /// <summary>
    /// Stories scored per article at most: those the article's indexed terms weigh most in. Without a bound
    /// the count grows with the open stories (4 at 1,000 open, 111 at 50,000 in the stories bench), each
    /// read from a cold corner of a large heap, because common words of the window find more stories the
    /// more are open; the story an article belongs to shares its names and figures, its heaviest terms.
    /// </summary>
    public const int MaxScored = 24;

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

    /// <summary>
    /// The open stories indexed under the article's terms, the <see cref="MaxScored"/> in which those terms
    /// weigh most for the article (its weights must be in <see cref="StoryTerm.Scratch"/>); the list is
    /// reused by the next call.
    /// </summary>
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
                    story.Evidence = 0;
                    _candidates.Add(story);
                }

                story.Evidence += term.Scratch;
            }
        }

        if (_candidates.Count > MaxScored)
        {
            // Ties by id, so that the same input gives the same stories whatever the list's order.
            _candidates.Sort(static (x, y) => y.Evidence != x.Evidence ? y.Evidence.CompareTo(x.Evidence) : x.Id.CompareTo(y.Id));
            _candidates.RemoveRange(MaxScored, _candidates.Count - MaxScored);
        }

        return _candidates;
    }
}

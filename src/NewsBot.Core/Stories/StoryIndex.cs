using System.Runtime.InteropServices;

namespace NewsBot.Core.Stories;

/// <summary>
/// Open stories by their heaviest terms (names, places, figures, rare words), so an article is scored
/// only against the stories it shares such a term with, however many are open. Keyed by the terms'
/// hashes; a term most stories do not share is held by one story, without a list.
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

    // A term's stories: one StoryState, or a List<StoryState> once a second story is indexed under it.
    private readonly Dictionary<ulong, object> _postings = [];
    private readonly List<StoryState> _candidates = [];

    /// <summary>Terms some open story is indexed under.</summary>
    public int Count => _postings.Count;

    /// <summary>Stories indexed under <paramref name="term"/>.</summary>
    public int PostingCount(ulong term) => _postings.TryGetValue(term, out var found) ? StoriesIn(found) : 0;

    public void Reindex(StoryState story)
    {
        var head = story.Terms.Take(StoryState.IndexTerms).ToArray();
        foreach (var term in story.Indexed)
        {
            if (Array.IndexOf(head, term) < 0)
            {
                RemovePosting(term, story);
            }
        }

        foreach (var term in head)
        {
            if (Array.IndexOf(story.Indexed, term) < 0)
            {
                AddPosting(term, story);
            }
        }

        story.Indexed = head;
    }

    public void Remove(StoryState story)
    {
        foreach (var term in story.Indexed)
        {
            RemovePosting(term, story);
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
            if (!_postings.TryGetValue(term.Hash, out var found))
            {
                continue;
            }

            if (found is StoryState one)
            {
                Found(one, term.Scratch, serial);
                continue;
            }

            var many = (List<StoryState>)found;
            if (many.Count > MaxPostings)
            {
                continue;
            }

            foreach (var story in many)
            {
                Found(story, term.Scratch, serial);
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

    private void Found(StoryState story, float weight, long serial)
    {
        if (story.CandidateOf != serial)
        {
            story.CandidateOf = serial;
            story.Evidence = 0;
            _candidates.Add(story);
        }

        story.Evidence += weight;
    }

    private static int StoriesIn(object found) => found is List<StoryState> many ? many.Count : 1;

    private void AddPosting(ulong term, StoryState story)
    {
        ref var found = ref CollectionsMarshal.GetValueRefOrAddDefault(_postings, term, out var exists);
        if (!exists)
        {
            found = story;
        }
        else if (found is StoryState one)
        {
            found = new List<StoryState>(2) { one, story };
        }
        else
        {
            ((List<StoryState>)found!).Add(story);
        }
    }

    private void RemovePosting(ulong term, StoryState story)
    {
        if (!_postings.TryGetValue(term, out var found))
        {
            return;
        }

        if (found is StoryState one)
        {
            if (one == story)
            {
                _postings.Remove(term);
            }

            return;
        }

        var many = (List<StoryState>)found;
        var index = many.IndexOf(story);
        if (index < 0)
        {
            return;
        }

        // Order does not matter: swap the last one in.
        many[index] = many[^1];
        many.RemoveAt(many.Count - 1);
        if (many.Count == 1)
        {
            _postings[term] = many[0];
        }
        else if (many.Count * 4 < many.Capacity)
        {
            many.Capacity = many.Count * 2;
        }
    }
}

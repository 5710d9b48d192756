namespace NewsBot.Core.Stories;

/// <summary>
/// An open story as grouping keeps it: a bounded vector (the heaviest terms of the sum of its
/// articles' vectors, so it holds what its reports share and cannot grow broad enough to swallow
/// neighbours), the terms it is indexed under, its languages and its newest time. Terms are kept as their
/// hashes (<see cref="StoryTerm.Hash"/>); no term object, no article text.
/// </summary>
internal sealed class StoryState(long id)
{
    /// <summary>Terms a story keeps.</summary>
    public const int MaxTerms = 40;

    /// <summary>Heaviest terms a story is found by.</summary>
    public const int IndexTerms = 16;

    public long Id { get; } = id;

    /// <summary>The stored story, once the tracker has created it.</summary>
    public long? StoredId { get; set; }

    public ulong[] Terms { get; private set; } = [];

    public float[] Weights { get; private set; } = [];

    public bool[] Bridge { get; private set; } = [];

    public float Norm { get; private set; }

    public float BridgeNorm { get; private set; }

    public ulong[] Indexed { get; set; } = [];

    public int Articles { get; private set; }

    /// <summary>Languages of the articles, one bit each (<see cref="LanguageBits"/>).</summary>
    public int Languages { get; private set; }

    public DateTimeOffset LastSeen { get; private set; } = DateTimeOffset.MinValue;

    /// <summary>The last article this story was a candidate for, so it is scored once.</summary>
    public long CandidateOf { get; set; }

    /// <summary>While it is a candidate: the summed weight, for the article, of the indexed terms that found it.</summary>
    public float Evidence { get; set; }

    public bool Closed { get; set; }

    public void Add(ArticleVector article, DateTimeOffset time)
    {
        var count = Terms.Length;
        var terms = new List<(ulong Term, float Weight, bool Bridge)>(count + article.Terms.Length);
        for (var i = 0; i < count; i++)
        {
            terms.Add((Terms[i], Weights[i], Bridge[i]));
        }

        for (var a = 0; a < article.Terms.Length; a++)
        {
            var hash = article.Terms[a].Hash;
            var index = Array.IndexOf(Terms, hash);
            if (index >= 0)
            {
                var known = terms[index];
                terms[index] = (known.Term, known.Weight + article.Weights[a], known.Bridge | article.Bridge[a]);
            }
            else
            {
                terms.Add((hash, article.Weights[a], article.Bridge[a]));
            }
        }

        terms.Sort((x, y) => y.Weight.CompareTo(x.Weight));
        var kept = terms.Take(MaxTerms).ToArray();
        Terms = kept.Select(t => t.Term).ToArray();
        Weights = kept.Select(t => t.Weight).ToArray();
        Bridge = kept.Select(t => t.Bridge).ToArray();

        double norm = 0, bridgeNorm = 0;
        foreach (var (_, weight, bridge) in kept)
        {
            norm += weight * weight;
            bridgeNorm += bridge ? weight * weight : 0;
        }

        (Norm, BridgeNorm) = ((float)Math.Sqrt(norm), (float)Math.Sqrt(bridgeNorm));
        Articles++;
        Languages |= LanguageBits.Of(article.Language);
        LastSeen = time > LastSeen ? time : LastSeen;
    }

    public void Release() => (Terms, Weights, Bridge, Indexed, Closed) = ([], [], [], [], true);
}

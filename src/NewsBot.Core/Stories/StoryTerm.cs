namespace NewsBot.Core.Stories;

/// <summary>
/// A word, name, number or alias group of the article being read: its key, its hash (which is what stories
/// keep and are indexed under, and what the vocabulary counts articles by, <see cref="TermFrequencies"/>),
/// and the reader's and scorer's scratch for the current article. Only the vocabulary's cache holds these:
/// a story holds no term object.
/// </summary>
internal sealed class StoryTerm(string key, uint hash)
{
    public string Key { get; } = key;

    /// <summary>The key's hash: a story's terms, the index and the article counts go by it.</summary>
    public uint Hash { get; } = hash;

    /// <summary>The current article's weight for this term while it is scored; 0 otherwise.</summary>
    public float Scratch { get; set; }

    /// <summary>The current article has the term as a bridge while it is scored.</summary>
    public bool ScratchBridge { get; set; }

    /// <summary>Set for one article while its terms are counted, so a term is counted once per article.</summary>
    public long LastArticle { get; set; }

    /// <summary>Times the article being read has the term.</summary>
    public int Tally { get; set; }

    /// <summary>The article being read has the term as a name, number or alias (<see cref="StoryWordKind.Bridge"/>).</summary>
    public bool TallyBridge { get; set; }
}

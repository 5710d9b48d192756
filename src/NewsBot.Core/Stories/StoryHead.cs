using System.Runtime.InteropServices;

namespace NewsBot.Core.Stories;

/// <summary>
/// An open story's fixed part, in a slot of <see cref="StoryTable"/>: everything but its terms and their
/// weights. A struct in a page of structs, so two hundred thousand open stories are not as many objects.
/// </summary>
[StructLayout(LayoutKind.Auto)]
internal struct StoryHead
{
    /// <summary>The clusterer's id: the slot and how many stories the slot has held before, so a reused slot has a new id.</summary>
    public long Id;

    /// <summary>The stored story, once the tracker has created it; 0 before.</summary>
    public long StoredId;

    /// <summary>Ticks (UTC) of the newest article.</summary>
    public long LastSeen;

    /// <summary>The last article this story was a candidate for, so it is scored once.</summary>
    public long CandidateOf;

    /// <summary>Which of the terms are bridges (names, numbers, alias groups), a bit each in the terms' order.</summary>
    public ulong Bridge;

    public float Norm;

    public float BridgeNorm;

    /// <summary>While it is a candidate: the summed weight, for the article, of the indexed terms that found it.</summary>
    public float Evidence;

    public int Articles;

    /// <summary>Stories the slot has held, this one included.</summary>
    public int Generation;

    /// <summary>Terms kept, at most <see cref="StoryTable.MaxTerms"/>.</summary>
    public byte TermCount;

    /// <summary>Languages of the articles, one bit each (<see cref="LanguageBits"/>).</summary>
    public byte Languages;

    public bool IsOpen;
}

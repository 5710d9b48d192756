namespace NewsBot.Core.Stories;

/// <summary>
/// A word, name, number or alias group of the stories' vocabulary: how many articles of the last days
/// have it (in day buckets, so old articles stop counting without being kept), which open stories are
/// indexed under it, and how many open stories hold it in their vector.
/// </summary>
internal sealed class StoryTerm(string key)
{
    /// <summary>Days counted: the window's three and the current one.</summary>
    public const int Days = 4;

    private DayCounts _counts;
    private int _lastDay = int.MinValue;
    private StoryState[] _postings = [];

    public string Key { get; } = key;

    /// <summary>The current article's weight for this term while it is scored; 0 otherwise.</summary>
    public float Scratch { get; set; }

    /// <summary>The current article has the term as a bridge while it is scored.</summary>
    public bool ScratchBridge { get; set; }

    /// <summary>Stories whose vector holds the term; the vocabulary keeps a term while any does.</summary>
    public int Holders { get; set; }

    /// <summary>Set for one article while its terms are counted, so a term is counted once per article.</summary>
    public long LastArticle { get; set; }

    /// <summary>Times the article being read has the term.</summary>
    public int Tally { get; set; }

    /// <summary>The article being read has the term as a name, number or alias (<see cref="StoryWordKind.Bridge"/>).</summary>
    public bool TallyBridge { get; set; }

    public int PostingCount { get; private set; }

    public ReadOnlySpan<StoryState> Postings => _postings.AsSpan(0, PostingCount);

    /// <summary>No article of the counted days has it and no story holds it: the vocabulary may drop it.</summary>
    public bool IsUnused(int day) => Holders == 0 && PostingCount == 0 && Frequency(day) == 0;

    public void Count(int day)
    {
        if (_lastDay != int.MinValue && day <= _lastDay - Days)
        {
            return;
        }

        Advance(day);
        _counts[day % Days]++;
    }

    /// <summary>Articles of <paramref name="day"/> and the <see cref="Days"/> - 1 before it that have the term.</summary>
    public int Frequency(int day)
    {
        if (_lastDay == int.MinValue || day - _lastDay >= Days)
        {
            return 0;
        }

        var sum = 0;
        for (var d = Math.Max(_lastDay - Days + 1, day - Days + 1); d <= _lastDay; d++)
        {
            sum += _counts[d % Days];
        }

        return sum;
    }

    public void AddPosting(StoryState story)
    {
        if (PostingCount == _postings.Length)
        {
            Array.Resize(ref _postings, Math.Max(1, _postings.Length * 2));
        }

        _postings[PostingCount++] = story;
    }

    public void RemovePosting(StoryState story)
    {
        var index = Array.IndexOf(_postings, story, 0, PostingCount);
        if (index < 0)
        {
            return;
        }

        _postings[index] = _postings[--PostingCount];
        _postings[PostingCount] = null!;
        if (PostingCount == 0)
        {
            _postings = [];
        }
        else if (PostingCount * 4 < _postings.Length)
        {
            Array.Resize(ref _postings, _postings.Length / 2);
        }
    }

    private void Advance(int day)
    {
        if (_lastDay == int.MinValue || day - _lastDay >= Days)
        {
            _counts = default;
        }
        else
        {
            for (var d = _lastDay + 1; d <= day; d++)
            {
                _counts[d % Days] = 0;
            }
        }

        _lastDay = Math.Max(_lastDay, day);
    }

    [System.Runtime.CompilerServices.InlineArray(Days)]
    private struct DayCounts
    {
        private int _first;
    }
}

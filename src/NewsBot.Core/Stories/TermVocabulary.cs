namespace NewsBot.Core.Stories;

/// <summary>
/// The terms of the articles of the last days, each once, with how many articles have them. A term
/// leaves when no article of the counted days has it and no open story holds it, so the vocabulary is
/// as large as the window's news, not as the bot's uptime.
/// </summary>
internal sealed class TermVocabulary
{
    private readonly Dictionary<string, StoryTerm> _terms = new(StringComparer.Ordinal);
    private readonly Dictionary<string, StoryTerm>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private readonly StoryTerm _documents = new(string.Empty);
    private int _sweptDay = int.MinValue;

    public TermVocabulary() => _lookup = _terms.GetAlternateLookup<ReadOnlySpan<char>>();

    public int Count => _terms.Count;

    public StoryTerm Get(ReadOnlySpan<char> key)
    {
        if (!_lookup.TryGetValue(key, out var term))
        {
            term = new StoryTerm(new string(key));
            _terms.Add(term.Key, term);
        }

        return term;
    }

    public void CountDocument(int day) => _documents.Count(day);

    /// <summary>Articles of the counted days.</summary>
    public int Documents(int day) => _documents.Frequency(day);

    /// <summary>Drops unused terms once a day: one pass over the vocabulary, a day's news apart.</summary>
    public void Sweep(int day)
    {
        if (day <= _sweptDay)
        {
            return;
        }

        _sweptDay = day;
        List<string>? unused = null;
        foreach (var (key, term) in _terms)
        {
            if (term.IsUnused(day))
            {
                (unused ??= []).Add(key);
            }
        }

        foreach (var key in unused ?? [])
        {
            _terms.Remove(key);
        }

        _terms.TrimExcess();
    }
}

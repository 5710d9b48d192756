using NewsBot.Core.Subscriptions.Matching;

namespace NewsBot.Core.Stories;

/// <summary>
/// The operators' alias table as story terms: every name of a group ("Corée du Nord", "North Korean",
/// "DPRK") stands for one term, so French and English reports of one event share it.
/// </summary>
internal sealed class StoryAliases
{
    private readonly Dictionary<string, List<AliasName>> _byFirstKey = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _byAcronym = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _acronyms;

    public StoryAliases(AliasTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        foreach (var group in table.Groups)
        {
            var key = "@" + group.Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
            foreach (var name in group.Names)
            {
                if (name.Acronym)
                {
                    _byAcronym.TryAdd(name.Text, key);
                    continue;
                }

                if (!_byFirstKey.TryGetValue(name.Keys[0], out var names))
                {
                    _byFirstKey[name.Keys[0]] = names = [];
                }

                names.Add(new AliasName(name.Keys, name.Offsets, key));
            }
        }

        // Longest names first, so "Corée du Sud" wins over a group that is only "Corée".
        foreach (var names in _byFirstKey.Values)
        {
            names.Sort((a, b) => b.Keys.Length.CompareTo(a.Keys.Length));
        }

        _acronyms = _byAcronym.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public bool IsEmpty => _byFirstKey.Count == 0 && _byAcronym.Count == 0;

    /// <summary>The group term of a word written in capitals (US, ONU), if the table has it.</summary>
    public string? OfAcronym(ReadOnlySpan<char> raw) => _acronyms.TryGetValue(raw, out var key) ? key : null;

    /// <summary>The group term of the longest name starting at <paramref name="start"/>, and how many words it covers.</summary>
    public string? NameAt(List<StoryWord> words, int start, out int length)
    {
        length = 0;
        if (!_byFirstKey.TryGetValue(words[start].Term.Key, out var names))
        {
            return null;
        }

        foreach (var name in names)
        {
            if (Matches(name, words, start))
            {
                length = name.Keys.Length;
                return name.GroupKey;
            }
        }

        return null;
    }

    private static bool Matches(AliasName name, List<StoryWord> words, int start)
    {
        if (start + name.Keys.Length > words.Count)
        {
            return false;
        }

        for (var k = 1; k < name.Keys.Length; k++)
        {
            var word = words[start + k];
            if (word.Position - words[start].Position != name.Offsets[k] || !string.Equals(word.Term.Key, name.Keys[k], StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    private sealed record AliasName(string[] Keys, int[] Offsets, string GroupKey);
}

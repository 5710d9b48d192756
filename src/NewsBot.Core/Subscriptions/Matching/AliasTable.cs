namespace NewsBot.Core.Subscriptions.Matching;

/// <summary>
/// The operators' table of names that mean the same thing, so an English subscription matches French
/// articles. Text format: one group per line, names separated by <c>=</c>, <c>#</c> starts a comment:
/// <code>North Korea = North Korean = Corée du Nord = nord-coréen</code>
/// Names are matched like query words (case, accents, plurals and hyphens do not matter), except names
/// written entirely in capitals (US, UN, EU), which match only in capitals so "us" and "un" stay words.
/// A name on two lines joins the two groups.
/// </summary>
public sealed class AliasTable
{
    private readonly List<AliasGroup> _groups = [];
    private readonly Dictionary<string, AliasGroup> _byKeys = new(StringComparer.Ordinal);
    private readonly Dictionary<string, AliasGroup> _byAcronym = new(StringComparer.Ordinal);

    private AliasTable()
    {
    }

    public static AliasTable Empty { get; } = new();

    /// <summary>How many groups the table holds.</summary>
    public int Count => _groups.Count;

    /// <summary>Every group, for code that looks for the names in a text rather than in a query (story grouping).</summary>
    internal IReadOnlyList<AliasGroup> Groups => _groups;

    /// <summary>The most words in one name; how far the query parser looks ahead for a name.</summary>
    internal int MaxWords { get; private set; }

    public static AliasTable Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        using var reader = new StringReader(text);
        return Parse(reader);
    }

    /// <exception cref="AliasFormatException">A line has fewer than two names.</exception>
    public static AliasTable Parse(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var table = new AliasTable();
        var number = 0;
        while (reader.ReadLine() is { } line)
        {
            number++;
            var hash = line.IndexOf('#', StringComparison.Ordinal);
            var content = (hash < 0 ? line : line[..hash]).Trim();
            if (content.Length == 0)
            {
                continue;
            }

            var names = content.Split('=', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            if (names.Length < 2)
            {
                throw new AliasFormatException(number, $"\"{content}\" needs at least two names separated by '='");
            }

            var sequences = new List<TermSequence>(names.Length);
            foreach (var name in names)
            {
                var sequence = TermWalker.IsAcronym(name) ? TermSequence.AcronymOf(name) : TermSequence.Analyze(name);
                if (sequence.Count == 0)
                {
                    throw new AliasFormatException(number, $"\"{name}\" has no letters or digits");
                }

                sequences.Add(sequence);
            }

            table.AddGroup(sequences);
        }

        return table;
    }

    /// <summary>The group of a name typed in a query, given its keys joined by spaces.</summary>
    internal bool TryFind(string joinedKeys, out AliasGroup group) => _byKeys.TryGetValue(joinedKeys, out group!);

    /// <summary>The group of a word typed in capitals (US, ONU).</summary>
    internal bool TryFindAcronym(string word, out AliasGroup group) => _byAcronym.TryGetValue(word, out group!);

    private void AddGroup(List<TermSequence> names)
    {
        AliasGroup? group = null;
        foreach (var name in names)
        {
            if ((name.Acronym ? _byAcronym : _byKeys).TryGetValue(name.Acronym ? name.Text : name.Joined, out var existing))
            {
                group = existing;
                break;
            }
        }

        if (group is null)
        {
            group = new AliasGroup(_groups.Count, []);
            _groups.Add(group);
        }

        foreach (var name in names)
        {
            var map = name.Acronym ? _byAcronym : _byKeys;
            var key = name.Acronym ? name.Text : name.Joined;
            if (map.TryAdd(key, group))
            {
                group.Add(name);
                MaxWords = Math.Max(MaxWords, name.Count);
            }
        }
    }
}

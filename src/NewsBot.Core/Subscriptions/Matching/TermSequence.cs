using NewsBot.Core.Language;
using NewsBot.Core.Text;

namespace NewsBot.Core.Subscriptions.Matching;

/// <summary>
/// Words of a query term, phrase or alias name as keys with their relative positions: one word for
/// <c>soldats</c>, two for <c>nord-coréens</c>, three for "Corée du Nord".
/// </summary>
internal sealed class TermSequence
{
    private TermSequence(string text, string[] keys, int[] offsets, bool[] weak, bool acronym)
    {
        Text = text;
        Keys = keys;
        Offsets = offsets;
        Weak = weak;
        Acronym = acronym;
    }

    /// <summary>As written.</summary>
    public string Text { get; }

    /// <summary>Stemmed folded words, or one word in capitals for an acronym.</summary>
    public string[] Keys { get; }

    /// <summary>Position of each key relative to the first.</summary>
    public int[] Offsets { get; }

    /// <summary>Function words (du, the, de): poor anchors, since nearly every article has them.</summary>
    public bool[] Weak { get; }

    /// <summary>An alias entry in capitals: matched case-sensitively on the word as written.</summary>
    public bool Acronym { get; }

    public int Count => Keys.Length;

    /// <summary>The keys joined by spaces; how aliases are looked up.</summary>
    public string Joined => string.Join(' ', Keys);

    public static TermSequence Analyze(string text)
    {
        var collector = new Collector { Keys = [], Offsets = [], Weak = [] };
        var article = new ArticleText(text);
        TermWalker.Walk(article, ref collector);
        var first = collector.Offsets.Count == 0 ? 0 : collector.Offsets[0];
        return new TermSequence(text, [.. collector.Keys], collector.Offsets.Select(o => o - first).ToArray(), [.. collector.Weak], acronym: false);
    }

    public static TermSequence AcronymOf(string text) => new(text, [text.Trim()], [0], [false], acronym: true);

    private struct Collector : ITermSink
    {
        public List<string> Keys;
        public List<int> Offsets;
        public List<bool> Weak;

        public void Add(ReadOnlySpan<char> folded, ReadOnlySpan<char> stem, ReadOnlySpan<char> raw, int position, int token)
        {
            Keys.Add(new string(stem));
            Offsets.Add(position);
            Weak.Add(folded.Length <= 2 || StopWords.French.Contains(folded) || StopWords.English.Contains(folded));
        }
    }
}

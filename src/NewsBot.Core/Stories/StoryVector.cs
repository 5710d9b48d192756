using NewsBot.Core.Subscriptions.Matching;
using NewsBot.Core.Text;

namespace NewsBot.Core.Stories;

/// <summary>
/// An article as counts of its content words (stemmed, function words left out) and of its large
/// numbers: the same event is told with the same names, places and figures.
/// </summary>
internal static class StoryVector
{
    public static Dictionary<string, int> Of(string title, string text)
    {
        var sink = new Counter { Counts = new Dictionary<string, int>(StringComparer.Ordinal) };
        var article = new ArticleText(title + "\n\n" + text);
        TermWalker.Walk(article, ref sink);
        return sink.Counts;
    }

    private struct Counter : ITermSink
    {
        public Dictionary<string, int> Counts;

        public void Add(ReadOnlySpan<char> folded, ReadOnlySpan<char> stem, ReadOnlySpan<char> raw, int position, int token)
        {
            var number = char.IsAsciiDigit(folded[0]);
            if (number ? folded.Length < 3 : stem.Length < 3 || Language.StopWords.French.Contains(folded) || Language.StopWords.English.Contains(folded))
            {
                return;
            }

            var key = new string(stem);
            Counts[key] = Counts.GetValueOrDefault(key) + 1;
        }
    }
}

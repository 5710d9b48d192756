using NewsBot.Core.Language;
using NewsBot.Core.Text;

namespace NewsBot.Core.Summaries;

/// <summary>
/// TF-IDF vectors of sentences over crude stems (the first six letters of each content word), kept as
/// sorted (term, weight) arrays so a cosine is one merge.
/// </summary>
internal static class SentenceVectors
{
    private const int StemLength = 6;

    public static (int Term, double Weight)[][] Build(ArticleText text, IReadOnlyList<(int First, int End)> ranges)
    {
        var terms = new List<int>[ranges.Count];
        var documentFrequency = new Dictionary<int, int>();
        for (var s = 0; s < ranges.Count; s++)
        {
            var list = new List<int>();
            for (var i = ranges[s].First; i < ranges[s].End; i++)
            {
                if (text.Kind(i) != TokenKind.Word || text.Tokens[i].Length < 3)
                {
                    continue;
                }

                var word = text.Fold(i);
                if (StopWords.IsStopWord(word))
                {
                    continue;
                }

                list.Add(Stem(word));
            }

            list.Sort();
            terms[s] = list;
            for (var k = 0; k < list.Count; k++)
            {
                if (k == 0 || list[k] != list[k - 1])
                {
                    documentFrequency[list[k]] = documentFrequency.GetValueOrDefault(list[k]) + 1;
                }
            }
        }

        var vectors = new (int, double)[ranges.Count][];
        for (var s = 0; s < ranges.Count; s++)
        {
            var list = terms[s];
            var vector = new List<(int, double)>(list.Count);
            double norm = 0;
            for (var k = 0; k < list.Count;)
            {
                var term = list[k];
                var tf = 0;
                while (k < list.Count && list[k] == term)
                {
                    tf++;
                    k++;
                }

                var weight = (1 + Math.Log(tf)) * Math.Log(1 + (double)ranges.Count / documentFrequency[term]);
                vector.Add((term, weight));
                norm += weight * weight;
            }

            norm = Math.Sqrt(norm);
            vectors[s] = norm == 0 ? [] : vector.Select(v => (v.Item1, v.Item2 / norm)).ToArray();
        }

        return vectors;
    }

    /// <summary>FNV-1a of the first letters: stable, cheap, and collisions among a few hundred stems are negligible.</summary>
    private static int Stem(ReadOnlySpan<char> word)
    {
        var hash = 2166136261u;
        var length = Math.Min(word.Length, StemLength);
        for (var i = 0; i < length; i++)
        {
            hash = (hash ^ word[i]) * 16777619u;
        }

        return (int)hash;
    }

    public static double Cosine((int Term, double Weight)[] a, (int Term, double Weight)[] b)
    {
        double sum = 0;
        int i = 0, j = 0;
        while (i < a.Length && j < b.Length)
        {
            if (a[i].Term == b[j].Term)
            {
                sum += a[i++].Weight * b[j++].Weight;
            }
            else if (a[i].Term < b[j].Term)
            {
                i++;
            }
            else
            {
                j++;
            }
        }

        return sum;
    }
}

using NewsBot.Core.Sentences;
using NewsBot.Core.Text;

namespace NewsBot.Core.Summaries;

/// <summary>
/// Extractive summary: LexRank (PageRank over the TF-IDF cosine graph of the prose sentences), plus a
/// lead bias because news puts the essentials first, plus a bonus for sentences that carry key figures.
/// Headings, captions, credits, teasers and site furniture are never candidates.
/// </summary>
internal static class Summarizer
{
    public const int MaxChars = 600;
    private const int MaxSentences = 3;
    private const int MaxCandidates = 30;
    private const int MinTokens = 6;
    private const int MaxCandidateChars = 400;
    private const double Damping = 0.85;
    private const int Iterations = 20;
    private const double SimilarityFloor = 0.1;
    private const double Redundant = 0.6;

    public static string Summarize(ArticleText text, IReadOnlyList<Paragraph> paragraphs, IReadOnlyList<Sentence> sentences, IReadOnlySet<int> figureSentences)
    {
        var candidates = new List<int>();
        var ranges = new List<(int First, int End)>();
        for (var s = 0; s < sentences.Count && candidates.Count < MaxCandidates; s++)
        {
            var sentence = sentences[s];
            var length = text.Tokens[sentence.EndToken - 1].End - text.Tokens[sentence.FirstToken].Start;
            if (paragraphs[sentence.Paragraph].Kind == ParagraphKind.Content && sentence.EndToken - sentence.FirstToken >= MinTokens && length <= MaxCandidateChars)
            {
                candidates.Add(s);
                ranges.Add((sentence.FirstToken, sentence.EndToken));
            }
        }

        if (candidates.Count == 0)
        {
            return string.Empty;
        }

        var vectors = SentenceVectors.Build(text, ranges);
        var rank = LexRank(vectors);
        var scores = new double[candidates.Count];
        var max = rank.Max();
        for (var c = 0; c < candidates.Count; c++)
        {
            scores[c] = (max > 0 ? rank[c] / max : 0) + 0.6 * Math.Exp(-c / 3.0) + (figureSentences.Contains(candidates[c]) ? 0.3 : 0);
        }

        var order = Enumerable.Range(0, candidates.Count).OrderByDescending(c => scores[c]).ToList();
        var chosen = new List<int>();
        var total = 0;
        foreach (var c in order)
        {
            var sentence = sentences[candidates[c]];
            var length = text.Tokens[sentence.EndToken - 1].End - text.Tokens[sentence.FirstToken].Start + 1;
            if (total + length > MaxChars || chosen.Any(k => SentenceVectors.Cosine(vectors[k], vectors[c]) > Redundant))
            {
                continue;
            }

            chosen.Add(c);
            total += length;
            if (chosen.Count == MaxSentences)
            {
                break;
            }
        }

        chosen.Sort();
        return string.Join(' ', chosen.Select(c => text.Slice(sentences[candidates[c]].FirstToken, sentences[candidates[c]].EndToken)));
    }

    private static double[] LexRank((int Term, double Weight)[][] vectors)
    {
        var n = vectors.Length;
        var weights = new double[n, n];
        var degree = new double[n];
        for (var i = 0; i < n; i++)
        {
            for (var j = i + 1; j < n; j++)
            {
                var sim = SentenceVectors.Cosine(vectors[i], vectors[j]);
                if (sim >= SimilarityFloor)
                {
                    weights[i, j] = weights[j, i] = sim;
                    degree[i] += sim;
                    degree[j] += sim;
                }
            }
        }

        var rank = new double[n];
        var next = new double[n];
        Array.Fill(rank, 1.0 / n);
        for (var iteration = 0; iteration < Iterations; iteration++)
        {
            for (var i = 0; i < n; i++)
            {
                double sum = 0;
                for (var j = 0; j < n; j++)
                {
                    if (weights[j, i] > 0)
                    {
                        sum += weights[j, i] / degree[j] * rank[j];
                    }
                }

                next[i] = (1 - Damping) / n + Damping * sum;
            }

            (rank, next) = (next, rank);
        }

        return rank;
    }
}

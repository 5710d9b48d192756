using NewsBot.Core.Sentences;
using NewsBot.Core.Text;

namespace NewsBot.Core.Summaries;

/// <summary>
/// Extractive summary: the lead sentence, then LexRank (PageRank over the TF-IDF cosine graph of the prose
/// sentences) plus a lead bias because news puts the essentials first, a bonus for sentences that carry key
/// figures and one for sentences like the title. Headings, captions, credits, teasers and site furniture are
/// candidates only when the article has nothing else; the summary is empty only for an empty article.
/// </summary>
internal static class Summarizer
{
    public const int MaxChars = 600;
    private const int MaxSentences = 3;
    private const int MaxCandidates = 30;
    private const double Damping = 0.85;
    private const int Iterations = 20;
    private const double SimilarityFloor = 0.1;
    private const double Redundant = 0.6;

    /// <summary>How much a sentence's share of the title's words counts: the title names the event and its main figure.</summary>
    private const double TitleWeight = 1.0;

    /// <summary>Enough to put the lead first whatever the others score.</summary>
    private const double LeadBonus = 10;

    /// <summary>The summary of an article whose title is tokenized apart (empty when the feed gave none).</summary>
    public static string Summarize(ArticleText text, ArticleText title, IReadOnlyList<Paragraph> paragraphs, IReadOnlyList<Sentence> sentences, IReadOnlyList<QuoteSpan> quotes, IReadOnlySet<int> figureSentences)
    {
        Span<(int First, int End)> ranges = stackalloc (int, int)[MaxCandidates];
        Span<bool> carriesFigure = stackalloc bool[MaxCandidates];
        var n = SummaryCandidates.Collect(text, paragraphs, sentences, quotes, figureSentences, ranges, carriesFigure, relaxed: false);
        if (n == 0)
        {
            // A story told in one paragraph that ends like a caption ("… (afp/nxp)"), or without a final stop.
            n = SummaryCandidates.Collect(text, paragraphs, sentences, quotes, figureSentences, ranges, carriesFigure, relaxed: true);
        }

        if (n == 0)
        {
            return SummaryFallback.FirstWords(text, paragraphs, MaxChars);
        }

        ranges = ranges[..n];
        // At most 30 × 30 doubles: the whole graph lives on the stack.
        Span<double> similarity = stackalloc double[n * n];
        similarity.Clear();
        SentenceSimilarity.Fill(text, ranges, similarity);
        Span<double> rank = stackalloc double[n];
        LexRank(similarity, n, n, rank);
        Span<double> titleOverlap = stackalloc double[n];
        TitleOverlap.Fill(text, ranges, title, SummaryCandidates.Title(paragraphs), titleOverlap);
        var m = n;

        var max = double.MinValue;
        foreach (var r in rank)
        {
            max = Math.Max(max, r);
        }

        Span<double> scores = stackalloc double[n];
        Span<int> order = stackalloc int[n];
        for (var c = 0; c < n; c++)
        {
            scores[c] = (max > 0 ? rank[c] / max : 0) + 0.6 * Math.Exp(-c / 3.0) + (carriesFigure[c] ? 0.3 : 0) + TitleWeight * titleOverlap[c];
            // The lead carries the event: news says the essentials first, so it is always kept.
            if (c == 0)
            {
                scores[c] += LeadBonus;
            }

            // Insertion by descending score, ties in reading order.
            var k = c;
            while (k > 0 && scores[order[k - 1]] < scores[c])
            {
                order[k] = order[k - 1];
                k--;
            }

            order[k] = c;
        }

        Span<int> chosen = stackalloc int[MaxSentences];
        var count = 0;
        var total = 0;
        foreach (var c in order)
        {
            var length = text.Tokens[ranges[c].End - 1].End - text.Tokens[ranges[c].First].Start + 1;
            if (total + length > MaxChars || IsRedundant(similarity, m, chosen[..count], c))
            {
                continue;
            }

            chosen[count++] = c;
            total += length;
            if (count == MaxSentences)
            {
                break;
            }
        }

        chosen = chosen[..count];
        chosen.Sort();
        return Join(text, ranges, chosen);
    }

    private static bool IsRedundant(ReadOnlySpan<double> similarity, int n, ReadOnlySpan<int> chosen, int candidate)
    {
        foreach (var k in chosen)
        {
            if (similarity[k * n + candidate] > Redundant)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The chosen sentences, one space apart, copied once into the result.</summary>
    private static string Join(ArticleText text, ReadOnlySpan<(int First, int End)> ranges, ReadOnlySpan<int> chosen)
    {
        if (chosen.IsEmpty)
        {
            return string.Empty;
        }

        var spans = new Spans();
        var length = chosen.Length - 1;
        for (var k = 0; k < chosen.Length; k++)
        {
            var start = text.Tokens[ranges[chosen[k]].First].Start;
            var end = text.Tokens[ranges[chosen[k]].End - 1].End;
            spans[k] = (start, end - start);
            length += end - start;
        }

        return string.Create(length, (text.Text, spans, chosen.Length), static (destination, state) =>
        {
            var at = 0;
            for (var k = 0; k < state.Item3; k++)
            {
                var (start, length) = state.spans[k];
                if (k > 0)
                {
                    destination[at++] = ' ';
                }

                state.Text.AsSpan(start, length).CopyTo(destination[at..]);
                at += length;
            }
        });
    }

    [System.Runtime.CompilerServices.InlineArray(MaxSentences)]
    private struct Spans
    {
        private (int Start, int Length) _first;
    }

    /// <summary>PageRank over the first <paramref name="n"/> rows of a graph stored <paramref name="stride"/> wide.</summary>
    private static void LexRank(ReadOnlySpan<double> similarity, int stride, int n, Span<double> rank)
    {
        Span<double> weights = stackalloc double[n * n];
        weights.Clear();
        Span<double> degree = stackalloc double[n];
        degree.Clear();
        for (var i = 0; i < n; i++)
        {
            for (var j = i + 1; j < n; j++)
            {
                var sim = similarity[i * stride + j];
                if (sim >= SimilarityFloor)
                {
                    weights[i * n + j] = weights[j * n + i] = sim;
                    degree[i] += sim;
                    degree[j] += sim;
                }
            }
        }

        // The transition matrix divided once rather than in each of the 20 iterations (the graph is
        // symmetric, so row i holds the edges into i); an absent edge is a zero, which adds nothing.
        var transition = weights;
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j < n; j++)
            {
                if (transition[i * n + j] > 0)
                {
                    transition[i * n + j] /= degree[j];
                }
            }
        }

        Span<double> next = stackalloc double[n];
        var current = rank;
        current.Fill(1.0 / n);
        for (var iteration = 0; iteration < Iterations; iteration++)
        {
            for (var i = 0; i < n; i++)
            {
                var row = transition.Slice(i * n, n);
                double sum = 0;
                for (var j = 0; j < n; j++)
                {
                    sum += row[j] * current[j];
                }

                next[i] = (1 - Damping) / n + Damping * sum;
            }

            next.CopyTo(current);
        }
    }
}

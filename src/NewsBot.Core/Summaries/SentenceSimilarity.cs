using System.Buffers;
using NewsBot.Core.Language;
using NewsBot.Core.Text;

namespace NewsBot.Core.Summaries;

/// <summary>
/// Cosine similarities of the sentences' TF-IDF vectors over crude stems (the first six letters of each
/// content word). The (stem, sentence) pairs of all sentences are sorted once, which gives document
/// frequencies and an inverted index together: each stem adds its products only to the pairs of
/// sentences that share it, with no vector, list or dictionary per sentence.
/// </summary>
internal static class SentenceSimilarity
{
    private const int StemLength = 6;

    /// <summary>Fills <paramref name="similarity"/> (n × n, zeroed) with the cosine of every pair of token ranges; symmetric, zero diagonal.</summary>
    public static void Fill(ArticleText text, ReadOnlySpan<(int First, int End)> ranges, Span<double> similarity)
    {
        var n = ranges.Length;
        var capacity = 0;
        foreach (var (first, end) in ranges)
        {
            capacity += end - first;
        }

        var pairs = ArrayPool<long>.Shared.Rent(capacity);
        var scratch = ArrayPool<long>.Shared.Rent(capacity);
        var weights = ArrayPool<double>.Shared.Rent(capacity);
        var runSentences = ArrayPool<int>.Shared.Rent(capacity);
        try
        {
            var count = Collect(text, ranges, pairs);
            var postings = pairs.AsSpan(0, count);
            SortByStem(postings, scratch.AsSpan(0, count));
            Span<double> norms = stackalloc double[n];
            norms.Clear();
            var runs = Weigh(postings, n, weights, runSentences, norms);
            Accumulate(postings, weights.AsSpan(0, runs), runSentences.AsSpan(0, runs), norms, n, similarity);
        }
        finally
        {
            ArrayPool<int>.Shared.Return(runSentences);
            ArrayPool<double>.Shared.Return(weights);
            ArrayPool<long>.Shared.Return(scratch);
            ArrayPool<long>.Shared.Return(pairs);
        }
    }

    /// <summary>
    /// A stable radix sort on the stem (the high half, sign flipped so signed order is kept): pairs were
    /// collected sentence by sentence, so each stem's sentences stay ascending. Four counting passes over
    /// a few hundred pairs cost less than a comparison sort.
    /// </summary>
    private static void SortByStem(Span<long> pairs, Span<long> scratch)
    {
        Span<int> counts = stackalloc int[256];
        var from = pairs;
        var to = scratch;
        for (var shift = 32; shift < 64; shift += 8)
        {
            counts.Clear();
            foreach (var pair in from)
            {
                counts[Digit(pair, shift)]++;
            }

            var total = 0;
            for (var d = 0; d < counts.Length; d++)
            {
                (counts[d], total) = (total, total + counts[d]);
            }

            foreach (var pair in from)
            {
                to[counts[Digit(pair, shift)]++] = pair;
            }

            var swap = from;
            from = to;
            to = swap;
        }

        // An even number of passes leaves the result back in pairs.
    }

    private static int Digit(long pair, int shift) => (int)(((ulong)pair ^ 0x8000_0000_0000_0000UL) >> shift) & 0xFF;

    /// <summary>One (stem, sentence) pair per content word, the stem in the high half so sorting groups stems.</summary>
    private static int Collect(ArticleText text, ReadOnlySpan<(int First, int End)> ranges, long[] pairs)
    {
        var count = 0;
        var tokens = text.Tokens;
        for (var s = 0; s < ranges.Length; s++)
        {
            for (var i = ranges[s].First; i < ranges[s].End; i++)
            {
                var token = tokens[i];
                if (token.Kind != TokenKind.Word || token.Length < 3)
                {
                    continue;
                }

                var word = text.Folded.AsSpan(token.Start, token.Length);
                if (!StopWords.IsStopWord(word))
                {
                    pairs[count++] = ((long)Stem(word) << 32) | (uint)s;
                }
            }
        }

        return count;
    }

    /// <summary>
    /// The weight of each (stem, sentence) run, (1 + log tf) · log(1 + n / df), and each sentence's norm,
    /// summed stem by stem in ascending order.
    /// </summary>
    private static int Weigh(ReadOnlySpan<long> postings, int n, double[] weights, int[] runSentences, Span<double> norms)
    {
        Span<double> idfs = stackalloc double[n + 1];
        idfs.Clear();
        var runs = 0;
        for (var g = 0; g < postings.Length;)
        {
            var stem = (int)(postings[g] >> 32);
            var groupEnd = g;
            var df = 0;
            while (groupEnd < postings.Length && (int)(postings[groupEnd] >> 32) == stem)
            {
                if (groupEnd == g || postings[groupEnd] != postings[groupEnd - 1])
                {
                    df++;
                }

                groupEnd++;
            }

            // df ≤ n ≤ 30: each idf is computed once per article, not once per stem.
            if (idfs[df] == 0)
            {
                idfs[df] = Math.Log(1 + (double)n / df);
            }

            var idf = idfs[df];
            for (var k = g; k < groupEnd;)
            {
                var pair = postings[k];
                var tf = 0;
                while (k < groupEnd && postings[k] == pair)
                {
                    tf++;
                    k++;
                }

                var sentence = (int)(uint)pair;
                // Most words occur once in a sentence; 1 + log 1 is exactly 1.
                var weight = tf == 1 ? idf : (1 + Math.Log(tf)) * idf;
                weights[runs] = weight;
                runSentences[runs++] = sentence;
                norms[sentence] += weight * weight;
            }

            g = groupEnd;
        }

        for (var s = 0; s < norms.Length; s++)
        {
            norms[s] = Math.Sqrt(norms[s]);
        }

        return runs;
    }

    private static void Accumulate(ReadOnlySpan<long> postings, Span<double> weights, ReadOnlySpan<int> runSentences, ReadOnlySpan<double> norms, int n, Span<double> similarity)
    {
        for (var r = 0; r < weights.Length; r++)
        {
            weights[r] /= norms[runSentences[r]];
        }

        // Runs are in posting order: the runs of one stem are adjacent, sentences ascending.
        var run = 0;
        for (var g = 0; g < postings.Length;)
        {
            var stem = (int)(postings[g] >> 32);
            var firstRun = run;
            while (g < postings.Length && (int)(postings[g] >> 32) == stem)
            {
                var pair = postings[g];
                while (g < postings.Length && postings[g] == pair)
                {
                    g++;
                }

                run++;
            }

            for (var a = firstRun; a < run; a++)
            {
                var row = runSentences[a] * n;
                for (var b = a + 1; b < run; b++)
                {
                    similarity[row + runSentences[b]] += weights[a] * weights[b];
                }
            }
        }

        for (var i = 0; i < n; i++)
        {
            for (var j = i + 1; j < n; j++)
            {
                similarity[j * n + i] = similarity[i * n + j];
            }
        }
    }

    /// <summary>FNV-1a of the first letters: stable, cheap, and collisions among a few hundred stems are negligible.</summary>
    internal static int Stem(ReadOnlySpan<char> word)
    {
        var hash = 2166136261u;
        var length = Math.Min(word.Length, StemLength);
        for (var i = 0; i < length; i++)
        {
            hash = (hash ^ word[i]) * 16777619u;
        }

        return (int)hash;
    }
}

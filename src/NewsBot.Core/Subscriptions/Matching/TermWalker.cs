using NewsBot.Core.Text;

namespace NewsBot.Core.Subscriptions.Matching;

/// <summary>
/// Turns the analyzer's tokens into the words a topic is matched on, the same way for a query and for
/// an article: elided articles (l’, d’, qu’) are dropped, hyphenated words are split into their parts
/// (so <c>nord-coréens</c> is the phrase "nord coréens"), words are stemmed, and numbers lose their
/// thousands spaces.
/// </summary>
internal static class TermWalker
{
    public const int MaxAcronymLength = 6;

    /// <returns>The number of positions used.</returns>
    public static int Walk<TSink>(ArticleText text, ref TSink sink)
        where TSink : struct, ITermSink
    {
        var stemming = new Stemming<TSink> { Inner = sink };
        var positions = WalkWords(text, ref stemming);
        sink = stemming.Inner;
        return positions;
    }

    /// <summary>Like <see cref="Walk{TSink}"/> without stemming, for a sink that can skip it for words it has seen.</summary>
    /// <returns>The number of positions used.</returns>
    public static int WalkWords<TSink>(ArticleText text, ref TSink sink)
        where TSink : struct, IWordSink
    {
        var tokens = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(text.Tokens);
        var folded = text.Folded.AsSpan();
        var raw = text.Text.AsSpan();
        var position = 0;
        var words = 0;
        var gap = false;
        for (var i = 0; i < tokens.Length; i++)
        {
            var token = tokens[i];
            switch (token.Kind)
            {
                case TokenKind.Punct:
                    gap |= raw[token.Start] is '.' or '!' or '?' or ';' or ':' or '…';
                    continue;
                case TokenKind.Number:
                {
                    if (gap)
                    {
                        position++;
                        gap = false;
                    }

                    AddNumber(folded.Slice(token.Start, token.Length), raw.Slice(token.Start, token.Length), position++, i, ref sink);
                    continue;
                }
            }

            var word = folded.Slice(token.Start, token.Length);
            if (word[^1] == '\'')
            {
                sink.Elided(word, WordShape.Of(folded, token.Start, token.Length, out _), words++);
                continue;
            }

            if (gap)
            {
                position++;
                gap = false;
            }

            var shape = WordShape.Of(folded, token.Start, token.Length, out var hyphenated);
            if (!hyphenated)
            {
                sink.Add(word, raw.Slice(token.Start, token.Length), position++, i, number: false, shape, words++);
                continue;
            }

            words++;
            position = AddParts(folded, raw, token.Start, token.Length, position, i, ref sink);
        }

        return position;
    }

    /// <summary>Adds the parts of a hyphenated word, each at its own position.</summary>
    /// <returns>The position after the last part.</returns>
    /// <remarks>
    /// Out of the walk's loop: few words have hyphens, and a second copy of the sink's work inlined there
    /// left the loop short of registers for the common case.
    /// </remarks>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private static int AddParts<TSink>(ReadOnlySpan<char> folded, ReadOnlySpan<char> raw, int tokenStart, int tokenLength, int position, int token, ref TSink sink)
        where TSink : struct, IWordSink
    {
        var word = folded.Slice(tokenStart, tokenLength);
        var start = 0;
        while (start < word.Length)
        {
            var dash = word[start..].IndexOf('-');
            var end = dash < 0 ? word.Length : start + dash;
            if (end > start)
            {
                var part = WordShape.Of(folded, tokenStart + start, end - start, out _);
                sink.Add(word[start..end], raw.Slice(tokenStart + start, end - start), position++, token, number: false, part, word: -1);
            }

            start = end + 1;
        }

        return position;
    }

    /// <summary>US, UN, EU: short words in capitals, which alias entries written in capitals match case-sensitively.</summary>
    public static bool IsAcronym(ReadOnlySpan<char> raw)
    {
        if (raw.Length is < 2 or > MaxAcronymLength)
        {
            return false;
        }

        foreach (var c in raw)
        {
            if (!char.IsUpper(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Stems words (numbers stay as they are) for an <see cref="ITermSink"/>.</summary>
    private struct Stemming<TSink> : IWordSink
        where TSink : struct, ITermSink
    {
        public TSink Inner;
        private StemBuffer _buffer;

        public readonly void Elided(ReadOnlySpan<char> folded, in WordShape shape, int word)
        {
        }

        public void Add(ReadOnlySpan<char> folded, ReadOnlySpan<char> raw, int position, int token, bool number, in WordShape shape, int word)
        {
            if (number)
            {
                Inner.Add(folded, folded, raw, position, token);
                return;
            }

            Span<char> buffer = _buffer;
            var stem = folded.Length <= LightStemmer.MaxLength ? buffer[..LightStemmer.Stem(folded, buffer)] : folded;
            Inner.Add(folded, stem, raw, position, token);
        }
    }

    [System.Runtime.CompilerServices.InlineArray(LightStemmer.MaxLength)]
    private struct StemBuffer
    {
        private char _first;
    }

    // Out of the walk's loop: a stack buffer there keeps the walk from being recompiled with profile data.
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private static void AddNumber<TSink>(ReadOnlySpan<char> number, ReadOnlySpan<char> raw, int position, int token, ref TSink sink)
        where TSink : struct, IWordSink
    {
        Span<char> buffer = stackalloc char[LightStemmer.MaxLength];
        var digits = number.Length <= buffer.Length ? WithoutGroupSpaces(number, buffer) : number;
        sink.Add(digits, raw, position, token, number: true, default, word: -1);
    }

    private static ReadOnlySpan<char> WithoutGroupSpaces(ReadOnlySpan<char> number, Span<char> buffer)
    {
        var length = 0;
        foreach (var c in number)
        {
            if (!CharClass.IsGroupSpace(c))
            {
                buffer[length++] = c;
            }
        }

        return buffer[..length];
    }
}

using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace NewsBot.Core.Subscriptions.Matching;

/// <summary>
/// A word's first eight characters packed into two integers (zeros past its end), its length and a
/// hash: what <see cref="WordKeys"/> finds a word by and compares it with. Every word of every article
/// goes through here, so it is computed without a loop or a branch that depends on the word's length
/// (when eight characters can be read from the word's start), which is what a loop over characters
/// spent most of its time on: mispredicting where each word ends.
/// </summary>
/// <param name="Head">Characters 0–3.</param>
/// <param name="Next">Characters 4–7.</param>
/// <param name="Length">The word's length.</param>
/// <param name="Hash">Mixes the whole word.</param>
internal readonly record struct WordShape(ulong Head, ulong Next, int Length, uint Hash)
{
    public const int PackedChars = 8;

    private const ulong Multiplier = 0x9E3779B97F4A7C15;

    // '-' (U+002D) in each 16-bit lane, and the masks of the classic zero-lane test.
    private const ulong Hyphens = 0x002D_002D_002D_002D;
    private const ulong LaneOnes = 0x0001_0001_0001_0001;
    private const ulong LaneHighs = 0x8000_8000_8000_8000;

    /// <summary>The shape of <c>text[start..(start + length)]</c>.</summary>
    /// <param name="text">The text the word is in; characters after the word are read but do not count.</param>
    /// <param name="start">Where the word starts.</param>
    /// <param name="length">The word's length, at least 1.</param>
    /// <param name="hyphenated">Whether the word contains a '-'.</param>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static WordShape Of(ReadOnlySpan<char> text, int start, int length, out bool hyphenated)
    {
        ulong head, next;
        if (start + PackedChars <= text.Length)
        {
            // Masks for the characters of the word in each block, by arithmetic rather than by branches
            // on the length, which are mispredicted whenever a word is shorter or longer than the last.
            var missingHead = 4 - length;
            missingHead &= ~(missingHead >> 31);
            var inNext = length - 4;
            inNext &= ~(inNext >> 31);
            inNext = 4 + ((inNext - 4) & ((inNext - 4) >> 31));
            var missingNext = 64 - (16 * inNext);
            head = Block(text, start) & (ulong.MaxValue >> (16 * missingHead));

            // Shifting a 64-bit value by 64 leaves it unchanged in C#: two shifts make an empty block zero.
            next = Block(text, start + 4) & (ulong.MaxValue >> (missingNext >> 1) >> (missingNext - (missingNext >> 1)));
        }
        else
        {
            (head, next) = PackNearEnd(text.Slice(start, Math.Min(length, PackedChars)));
        }

        var hash = Mix(Mix(((ulong)length * Multiplier) ^ head) ^ next);
        var lanes = Lanes(head) | Lanes(next);
        for (var i = PackedChars; i < length; i += 4)
        {
            var missing = 4 - (length - i);
            missing &= ~(missing >> 31);
            var block = start + i + 4 <= text.Length ? Block(text, start + i) : PackNearEnd(text.Slice(start + i, 4 - missing)).Head;
            block &= ulong.MaxValue >> (16 * missing);
            hash = Mix(hash ^ block);
            lanes |= Lanes(block);
        }

        hyphenated = lanes != 0;
        return new WordShape(head, next, length, (uint)(hash ^ (hash >> 32)));
    }

    /// <summary>The shape of a whole word.</summary>
    public static WordShape Of(ReadOnlySpan<char> word) => Of(word, 0, word.Length, out _);

    // The text's last word: its characters copied where eight can be read. Kept out of line, as its
    // stack buffer would cost every call of Of.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static (ulong Head, ulong Next) PackNearEnd(ReadOnlySpan<char> chars)
    {
        Span<char> packed = stackalloc char[PackedChars];
        packed.Clear();
        chars.CopyTo(packed);
        return (Block(packed, 0), Block(packed, 4));
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Block(ReadOnlySpan<char> text, int at) => MemoryMarshal.Read<ulong>(MemoryMarshal.AsBytes(text.Slice(at, 4)));

    // Non-zero when a lane is '-'. Exact as to whether one is; lanes past the word are zero, never '-'.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Lanes(ulong block)
    {
        var x = block ^ Hyphens;
        return (x - LaneOnes) & ~x & LaneHighs;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Mix(ulong x)
    {
        x *= Multiplier;
        return x ^ (x >> 29);
    }
}

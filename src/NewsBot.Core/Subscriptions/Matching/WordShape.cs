using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace NewsBot.Core.Subscriptions.Matching;

/// <summary>
/// A word's first eight characters packed into two integers (zeros past its end), its length and a
/// hash: what <see cref="WordKeys"/> finds a word by and compares it with. Every word of every article
/// goes through here, so it is computed eight characters at a time in a vector, without a branch that
/// depends on the word's length up to eight characters, which is what a loop over characters spent
/// most of its time on: mispredicting where each word ends.
/// </summary>
/// <param name="Head">Characters 0–3.</param>
/// <param name="Next">Characters 4–7.</param>
/// <param name="Length">The word's length.</param>
/// <param name="Hash">Mixes the whole word.</param>
internal readonly record struct WordShape(ulong Head, ulong Next, int Length, uint Hash)
{
    public const int PackedChars = 8;

    private const ulong Multiplier = 0x9E3779B97F4A7C15;
    private const ulong SecondMultiplier = 0xC2B2AE3D27D4EB4F;

    private static Vector128<ushort> Hyphen => Vector128.Create((ushort)'-');

    private static Vector128<ushort> Lanes => Vector128.Create((ushort)0, 1, 2, 3, 4, 5, 6, 7);

    /// <summary>The shape of <c>text[start..(start + length)]</c>.</summary>
    /// <param name="text">The text the word is in; characters after the word are read but do not count.</param>
    /// <param name="start">Where the word starts.</param>
    /// <param name="length">The word's length, at least 1.</param>
    /// <param name="hyphenated">Whether the word contains a '-'.</param>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static WordShape Of(ReadOnlySpan<char> text, int start, int length, out bool hyphenated)
    {
        // Eight characters at a time in one vector, those past the word cleared by a comparison with
        // the length rather than by branches on it, which are mispredicted whenever a word is shorter
        // or longer than the last.
        if (start + length + PackedChars > text.Length)
        {
            return NearEnd(text, start, length, out hyphenated);
        }

        var block = Block(text, start, length);
        var hyphens = Vector128.Equals(block, Hyphen);
        var packed = block.AsUInt64();
        var head = packed.GetElement(0);
        var next = packed.GetElement(1);
        var hash = ((head ^ (ulong)length) * Multiplier) ^ (next * SecondMultiplier);
        for (var at = PackedChars; at < length; at += PackedChars)
        {
            var more = Block(text, start + at, length - at);
            hyphens |= Vector128.Equals(more, Hyphen);
            var words = more.AsUInt64();
            hash = ((hash ^ words.GetElement(0)) * Multiplier) ^ (words.GetElement(1) * SecondMultiplier);
        }

        hyphenated = hyphens != Vector128<ushort>.Zero;
        return new WordShape(head, next, length, (uint)(hash ^ (hash >> 29) ^ (hash >> 43)));
    }

    /// <summary>The shape of a whole word.</summary>
    public static WordShape Of(ReadOnlySpan<char> word) => Of(word, 0, word.Length, out _);

    // Eight characters from start, of which count belong to the word; zero in the lanes after them. The
    // text has eight characters after the word's end (see Of), so the read stays inside it.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector128<ushort> Block(ReadOnlySpan<char> text, int start, int count)
    {
        var chars = Vector128.Create(MemoryMarshal.Cast<char, ushort>(text.Slice(start, PackedChars)));
        // Lanes 0–7 are all below a count of eight or more, so no minimum with eight; the cap only keeps the cast exact.
        return chars & Vector128.LessThan(Lanes, Vector128.Create((ushort)Math.Min(count, ushort.MaxValue)));
    }

    // A word that ends less than eight characters before the text does: copied where eight more can be
    // read. Out of line, as its buffer would cost every call of Of.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static WordShape NearEnd(ReadOnlySpan<char> text, int start, int length, out bool hyphenated)
    {
        var padded = length <= 256 - PackedChars ? stackalloc char[256] : new char[length + PackedChars];
        padded.Clear();
        text.Slice(start, length).CopyTo(padded);
        return Of(padded, 0, length, out hyphenated);
    }
}

using NewsBot.Core.Language;

namespace NewsBot.Core.Subscriptions.Matching;

/// <summary>What <see cref="WordKeys"/> knows of a folded word.</summary>
/// <param name="Word">The key of its stem, or -1.</param>
/// <param name="Prefix">The key of the first prefix it starts with, in the dictionary's order, or -1.</param>
/// <param name="MorePrefixes">0, or where <see cref="WordKeys.MorePrefixes"/> finds the keys of the other prefixes it starts with.</param>
/// <param name="Stop">Its <see cref="StopWords.Either"/> flags, 0 if it is no function word.</param>
internal readonly record struct WordEntry(int Word, int Prefix, ushort MorePrefixes, byte Stop);

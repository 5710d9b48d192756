using NewsBot.Core.Subscriptions.Matching;

namespace NewsBot.Core.Subscriptions.Query;

/// <summary>A node of a parsed topic query; <see cref="Position"/> is 0-based in the query text.</summary>
internal abstract record QueryNode(int Position);

/// <summary>A word, a hyphenated word or a quoted phrase; <see cref="Proximity"/> is N of <c>"a b"~N</c>, else null.</summary>
internal sealed record TextNode(int Position, TermSequence Sequence, int? Proximity) : QueryNode(Position);

/// <summary>A name of the alias table, typed as one or more words: matches any name of its group.</summary>
internal sealed record AliasNode(int Position, string Typed, AliasGroup Group) : QueryNode(Position);

/// <summary><c>word*</c>: a word starting with <see cref="Prefix"/> (folded).</summary>
internal sealed record PrefixNode(int Position, string Typed, string Prefix) : QueryNode(Position);

internal sealed record FilterNode(int Position, FilterKind Kind, string Value) : QueryNode(Position);

internal sealed record AndNode(int Position, IReadOnlyList<QueryNode> Children) : QueryNode(Position);

internal sealed record OrNode(int Position, IReadOnlyList<QueryNode> Children) : QueryNode(Position);

internal sealed record NotNode(int Position, QueryNode Child) : QueryNode(Position);

namespace NewsBot.Core.Subscriptions.Query;

/// <summary>One lexical unit of a query; <see cref="Text"/> is the word, phrase or prefix without its quotes or star.</summary>
internal sealed record QueryToken(QueryTokenKind Kind, int Position, string Text)
{
    /// <summary>N of <c>"a b"~N</c>.</summary>
    public int? Proximity { get; init; }

    /// <summary>The filter's name for <see cref="QueryTokenKind.Filter"/>.</summary>
    public string? FilterName { get; init; }

    /// <summary>Can start a term (so two of them in a row are an implicit AND).</summary>
    public bool StartsTerm => Kind is QueryTokenKind.Word or QueryTokenKind.Phrase or QueryTokenKind.Prefix
        or QueryTokenKind.Filter or QueryTokenKind.Not or QueryTokenKind.Minus or QueryTokenKind.Open;
}

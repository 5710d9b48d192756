namespace NewsBot.Core.Subscriptions.Query;

internal enum QueryTokenKind
{
    Word,
    Phrase,
    Prefix,
    Filter,
    And,
    Or,
    Not,

    /// <summary>A <c>-</c> glued to the next term: NOT.</summary>
    Minus,
    Open,
    Close,
    End,
}

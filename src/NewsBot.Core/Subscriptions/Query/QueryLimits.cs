namespace NewsBot.Core.Subscriptions.Query;

/// <summary>
/// Bounds on one query, so no subscription can make matching slow for everyone: every article is
/// checked against all of them.
/// </summary>
public static class QueryLimits
{
    public const int MaxLength = 500;

    /// <summary>Words, phrase words and prefixes, counted before alias expansion.</summary>
    public const int MaxTerms = 20;

    /// <summary>Levels of parentheses.</summary>
    public const int MaxDepth = 5;

    /// <summary>Largest <c>~N</c> after a phrase.</summary>
    public const int MaxProximity = 20;

    /// <summary>A shorter prefix (<c>un*</c>) would select a large part of every article.</summary>
    public const int MinPrefixLength = 3;
}

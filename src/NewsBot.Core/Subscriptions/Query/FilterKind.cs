namespace NewsBot.Core.Subscriptions.Query;

/// <summary>The <c>name:value</c> filters a query may use.</summary>
internal enum FilterKind
{
    /// <summary><c>lang:fr</c>, <c>lang:en</c>: the article's detected language.</summary>
    Language,

    /// <summary><c>source:reuters</c>: a source the article cites, or its link's host.</summary>
    Source,

    /// <summary><c>feed:NAME</c>: the feed the article came from.</summary>
    Feed,

    /// <summary><c>has:figure</c>: the article carries at least one key figure.</summary>
    HasFigure,
}

namespace NewsBot.Configuration;

/// <summary>One element of the <c>Feeds</c> array in appsettings.json.</summary>
public sealed class FeedEntry
{
    /// <summary>Unique name of the feed; used in logs and <c>feed:</c> filters.</summary>
    public string? Name { get; set; }

    /// <summary>HTTP(S) address of an RSS, Atom or JSON Feed document. Exactly one of Url and Folder.</summary>
    public string? Url { get; set; }

    /// <summary>A folder of .txt/.html/.md articles, relative to the folder of appsettings.json.</summary>
    public string? Folder { get; set; }

    /// <summary>Minutes between polls. Default 10.</summary>
    public int IntervalMinutes { get; set; } = 10;
}

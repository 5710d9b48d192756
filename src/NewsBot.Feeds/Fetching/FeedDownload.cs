namespace NewsBot.Feeds.Fetching;

/// <summary>
/// A feed body fetched with a 200 answer, already decoded to text (the bytes are not kept: on a
/// feed near the size cap they would double what the parse holds), with its validators and final address.
/// </summary>
internal sealed record FeedDownload
{
    /// <summary>The body as text, decoded by <see cref="Parsing.Decoding.BodyDecoder"/>.</summary>
    public required string Text { get; init; }

    /// <summary>The body's size in bytes, after decompression.</summary>
    public required int Bytes { get; init; }

    /// <summary>Where the body came from after redirects; relative links resolve against it.</summary>
    public required Uri Location { get; init; }

    public string? ETag { get; init; }

    public DateTimeOffset? LastModified { get; init; }
}

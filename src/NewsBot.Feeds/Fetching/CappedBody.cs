using NewsBot.Core.Feeds;

namespace NewsBot.Feeds.Fetching;

/// <summary>
/// Reads a response body into memory, stopping as soon as it passes the cap: a declared
/// Content-Length can lie or be absent (chunked, compressed), so the bytes themselves are counted.
/// </summary>
internal static class CappedBody
{
    private const int ChunkSize = 64 * 1024;

    /// <param name="stream">The body.</param>
    /// <param name="maxBytes">The cap.</param>
    /// <param name="url">Named in the refusal.</param>
    /// <param name="expectedBytes">The declared length, if any: the buffer starts at that size (within the cap) instead of doubling its way there.</param>
    /// <param name="cancellationToken">Stops the read.</param>
    public static async Task<ReadOnlyMemory<byte>> ReadAsync(Stream stream, int maxBytes, Uri url, long? expectedBytes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var buffer = new MemoryStream((int)Math.Clamp(expectedBytes ?? 0, 0, maxBytes));
        var chunk = new byte[ChunkSize];
        while (true)
        {
            var read = await stream.ReadAsync(chunk, cancellationToken).ConfigureAwait(false);
            if (read == 0)
            {
                return buffer.GetBuffer().AsMemory(0, (int)buffer.Length);
            }

            if (buffer.Length + read > maxBytes)
            {
                throw TooLarge(url, maxBytes);
            }

            buffer.Write(chunk, 0, read);
        }
    }

    public static FeedReadException TooLarge(Uri url, int maxBytes) =>
        new(FeedReadFailure.TooLarge, $"{url} sent more than {maxBytes} bytes (FeedFetching:MaxResponseBytes).");
}

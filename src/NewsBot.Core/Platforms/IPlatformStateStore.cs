namespace NewsBot.Core.Platforms;

/// <summary>
/// A small durable key/value store for a platform adapter's own bookkeeping, such as the last Telegram
/// update handled, so that a restart neither loses nor repeats what the platform sent.
/// </summary>
public interface IPlatformStateStore
{
    /// <summary>The value stored under <paramref name="key"/>, or null if none is.</summary>
    Task<string?> GetAsync(string key, CancellationToken cancellationToken);

    /// <summary>Stores <paramref name="value"/> under <paramref name="key"/>, replacing any earlier value.</summary>
    Task SetAsync(string key, string value, CancellationToken cancellationToken);
}

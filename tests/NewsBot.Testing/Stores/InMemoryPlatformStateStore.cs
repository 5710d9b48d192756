using System.Collections.Concurrent;
using NewsBot.Core.Platforms;

namespace NewsBot.Testing.Stores;

/// <summary><see cref="IPlatformStateStore"/> in memory.</summary>
public sealed class InMemoryPlatformStateStore : IPlatformStateStore
{
    private readonly ConcurrentDictionary<string, string> _values = new(StringComparer.Ordinal);

    public Task<string?> GetAsync(string key, CancellationToken cancellationToken) =>
        Task.FromResult(_values.TryGetValue(key, out var value) ? value : null);

    public Task SetAsync(string key, string value, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(value);
        _values[key] = value;
        return Task.CompletedTask;
    }
}

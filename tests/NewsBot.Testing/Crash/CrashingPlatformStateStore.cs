using NewsBot.Core.Platforms;

namespace NewsBot.Testing.Crash;

/// <summary>An <see cref="IPlatformStateStore"/> whose writes are steps of <see cref="CrashPoint"/>.</summary>
public sealed class CrashingPlatformStateStore(IPlatformStateStore inner, CrashPoint crash) : IPlatformStateStore
{
    public Task<string?> GetAsync(string key, CancellationToken cancellationToken) => inner.GetAsync(key, cancellationToken);

    public Task SetAsync(string key, string value, CancellationToken cancellationToken) =>
        crash.StepAsync("set " + key, () => inner.SetAsync(key, value, cancellationToken));
}

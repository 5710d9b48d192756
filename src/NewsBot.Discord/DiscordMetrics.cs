using System.Diagnostics.Metrics;

namespace NewsBot.Discord;

/// <summary>
/// Counters of the gateway, on the <c>NewsBot.Discord</c> meter: gateway events that failed (tagged <c>kind</c>:
/// <c>unreadable</c> for a frame that could not be read, <c>event</c> for a dispatch whose handling threw,
/// <c>interaction</c> for a command that could not be answered), and interactions received twice and ignored.
/// </summary>
internal sealed class DiscordMetrics : IDisposable
{
    public const string MeterName = "NewsBot.Discord";

    private readonly Counter<long> _failed;
    private readonly Counter<long> _duplicates;

    public DiscordMetrics()
    {
        Meter = new Meter(MeterName);
        _failed = Meter.CreateCounter<long>("newsbot.discord.events.failed", description: "Gateway events that could not be read or handled, skipped");
        _duplicates = Meter.CreateCounter<long>("newsbot.discord.interactions.duplicates", description: "Interactions received again and not run twice");
    }

    public Meter Meter { get; }

    public void Failed(string kind) => _failed.Add(1, new KeyValuePair<string, object?>("kind", kind));

    public void Duplicate() => _duplicates.Add(1);

    public void Dispose() => Meter.Dispose();
}

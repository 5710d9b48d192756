using Quartz;

namespace NewsBot.Scheduling;

/// <summary>
/// The digest triggers this process scheduled, so the sync job can remove those whose subscription is
/// gone. In memory like the scheduler's own store: both start empty with the process.
/// </summary>
internal sealed class DigestTriggerRegistry
{
    public HashSet<TriggerKey> Keys { get; } = [];
}

namespace NewsBot.Discord.Interactions;

/// <summary>
/// The ids of the last interactions taken, so that one delivered twice (a resume replaying what this process
/// already received) runs once. Interactions expire after 15 minutes, so a bounded window is enough.
/// </summary>
internal sealed class RecentInteractions
{
    private const int Capacity = 4096;

    private readonly Lock _gate = new();
    private readonly HashSet<string> _ids = new(StringComparer.Ordinal);
    private readonly Queue<string> _order = new();

    /// <summary>True the first time <paramref name="id"/> is seen, false after.</summary>
    public bool TryTake(string id)
    {
        lock (_gate)
        {
            if (!_ids.Add(id))
            {
                return false;
            }

            _order.Enqueue(id);
            if (_order.Count > Capacity)
            {
                _ids.Remove(_order.Dequeue());
            }

            return true;
        }
    }
}

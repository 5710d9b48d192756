namespace NewsBot.Core.Subscriptions;

/// <summary>Gives back the memory a one-off burst of allocations left behind (see <see cref="ActiveSubscriptions"/>).</summary>
public interface IHeapCompactor
{
    void Compact();
}

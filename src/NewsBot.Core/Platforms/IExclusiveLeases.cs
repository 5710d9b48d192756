namespace NewsBot.Core.Platforms;

/// <summary>
/// Hands out named leases that one holder at a time may have, across every node sharing the database:
/// some work, such as Telegram's single <c>getUpdates</c> consumer, must run on exactly one node.
/// </summary>
public interface IExclusiveLeases
{
    /// <summary>Takes the lease <paramref name="name"/>, or returns null when another holder has it.</summary>
    Task<IExclusiveLease?> TryAcquireAsync(string name, CancellationToken cancellationToken);
}

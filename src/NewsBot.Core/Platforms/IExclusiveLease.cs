namespace NewsBot.Core.Platforms;

/// <summary>A lease held until it is disposed, or until <see cref="Lost"/> says it was taken away.</summary>
public interface IExclusiveLease : IAsyncDisposable
{
    string Name { get; }

    /// <summary>
    /// Cancelled when the lease can no longer be trusted (for example the database session holding it
    /// ended): the holder must stop the exclusive work at once, since another node may take over.
    /// </summary>
    CancellationToken Lost { get; }
}

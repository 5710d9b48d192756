using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using NewsBot.Storage.Postgres;

namespace NewsBot.Storage.Tests.Platforms;

public sealed class PostgresExclusiveLeasesTests
{
    private static readonly CancellationToken None = CancellationToken.None;

    private static PostgresExclusiveLeases Node(PostgresTestDatabase database) => new(
        Options.Create(new StorageOptions { Provider = StorageProviders.Postgres, ConnectionString = database.ConnectionString, LeaseCheckSeconds = 1 }),
        TimeProvider.System,
        NullLogger<PostgresExclusiveLeases>.Instance);

    [PostgresFact]
    public async Task TryAcquire_HeldByAnotherNode_IsNull_UntilThatNodeGivesItBack()
    {
        await using var database = await PostgresTestDatabase.CreateAsync();
        var (a, b) = (Node(database), Node(database));

        var held = await a.TryAcquireAsync("telegram:poller", None);
        Assert.NotNull(held);
        Assert.Null(await b.TryAcquireAsync("telegram:poller", None));
        Assert.Null(await a.TryAcquireAsync("telegram:poller", None));
        await using (var other = await b.TryAcquireAsync("another", None))
        {
            Assert.NotNull(other);
        }

        await held.DisposeAsync();

        Assert.True(held.Lost.IsCancellationRequested);
        await using var taken = await b.TryAcquireAsync("telegram:poller", None);
        Assert.NotNull(taken);
        Assert.False(taken.Lost.IsCancellationRequested);
    }

    [PostgresFact]
    public async Task Lease_WhoseSessionIsKilled_FiresLost_AndAnotherNodeTakesItOver()
    {
        await using var database = await PostgresTestDatabase.CreateAsync();
        var (a, b) = (Node(database), Node(database));
        await using var held = await a.TryAcquireAsync("telegram:poller", None);
        Assert.NotNull(held);

        // What a crashed node or a cut network looks like from the server: the session is gone.
        await database.TerminateSessionsAsync("newsbot-lease");

        var lost = new TaskCompletionSource();
        await using var registration = held.Lost.Register(lost.SetResult);
        await lost.Task.WaitAsync(TimeSpan.FromSeconds(10));
        await using var taken = await b.TryAcquireAsync("telegram:poller", None);
        Assert.NotNull(taken);
    }

    [PostgresFact]
    public async Task TryAcquire_TwoNodesRacing_GiveItToExactlyOne()
    {
        await using var database = await PostgresTestDatabase.CreateAsync();
        var nodes = Enumerable.Range(0, 4).Select(_ => Node(database)).ToList();

        var leases = await Task.WhenAll(nodes.Select(n => Task.Run(() => n.TryAcquireAsync("telegram:poller", None))));

        var holder = Assert.Single(leases, l => l is not null);
        await holder!.DisposeAsync();
    }
}

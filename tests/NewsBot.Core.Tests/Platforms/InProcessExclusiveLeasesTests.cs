using NewsBot.Core.Platforms;

namespace NewsBot.Core.Tests.Platforms;

public sealed class InProcessExclusiveLeasesTests
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Fact]
    public async Task TryAcquire_WhileHeld_IsRefused_AndGrantedAgainOnceReleased()
    {
        var leases = new InProcessExclusiveLeases();

        var first = await leases.TryAcquireAsync("telegram-poller", None);
        Assert.NotNull(first);
        Assert.Null(await leases.TryAcquireAsync("telegram-poller", None));
        Assert.NotNull(await leases.TryAcquireAsync("another", None));

        await first.DisposeAsync();
        Assert.True(first.Lost.IsCancellationRequested);
        Assert.NotNull(await leases.TryAcquireAsync("telegram-poller", None));
    }

    [Fact]
    public async Task Dispose_Twice_DoesNotReleaseALeaseSomeoneElseTookSince()
    {
        var leases = new InProcessExclusiveLeases();
        var first = (await leases.TryAcquireAsync("poller", None))!;
        await first.DisposeAsync();
        var second = await leases.TryAcquireAsync("poller", None);

        await first.DisposeAsync();

        Assert.NotNull(second);
        Assert.Null(await leases.TryAcquireAsync("poller", None));
    }
}

namespace NewsBot.Storage.Tests.Digests;

public abstract class DigestRunStoreContract : StoreContract
{
    private static readonly CancellationToken None = CancellationToken.None;

    [ContractFact]
    public async Task Claim_AWindowAlreadySent_IsRefused()
    {
        Assert.True(await Stores.DigestRuns.TryClaimAsync(1, Samples.Now, None));
        await Stores.DigestRuns.MarkSentAsync(1, Samples.Now, "m1", Samples.Now, None);

        Assert.False(await Stores.DigestRuns.TryClaimAsync(1, Samples.Now, None));
        Assert.True(await Stores.DigestRuns.TryClaimAsync(1, Samples.Now.AddDays(1), None));
        Assert.True(await Stores.DigestRuns.TryClaimAsync(2, Samples.Now, None));
    }

    [ContractFact]
    public async Task Claim_AWindowClaimedButNeverSent_CanBeClaimedAgain()
    {
        Assert.True(await Stores.DigestRuns.TryClaimAsync(1, Samples.Now, None));

        Assert.True(await Stores.DigestRuns.TryClaimAsync(1, Samples.Now, None));
    }
}

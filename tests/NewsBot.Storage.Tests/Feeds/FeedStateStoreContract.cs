using NewsBot.Core.Feeds;

namespace NewsBot.Storage.Tests.Feeds;

public abstract class FeedStateStoreContract : StoreContract
{
    private static readonly CancellationToken None = CancellationToken.None;

    private static FeedState Polled(string name) => new()
    {
        FeedName = name,
        ETag = "\"abc123\"",
        LastModified = new DateTimeOffset(2024, 10, 24, 21, 0, 0, TimeSpan.Zero),
        ConsecutiveFailures = 3,
        NextCheckAt = Samples.Now.AddMinutes(40),
        LastSuccessAt = Samples.Now.AddHours(-1),
        LastError = "HTTP 503",
        Disabled = true,
    };

    [ContractFact]
    public async Task Get_FeedNeverPolled_ReturnsANewState()
    {
        var state = await Stores.FeedStates.GetAsync("lemonde", None);

        Assert.Equal(FeedState.New("lemonde"), state);
    }

    [ContractFact]
    public async Task Save_ThenGet_ReturnsEveryField()
    {
        await Stores.FeedStates.SaveAsync(Polled("lemonde"), None);

        Assert.Equal(Polled("lemonde"), await Stores.FeedStates.GetAsync("lemonde", None));
    }

    [ContractFact]
    public async Task Save_WithNulls_ClearsWhatWasThere()
    {
        await Stores.FeedStates.SaveAsync(Polled("lemonde"), None);

        await Stores.FeedStates.SaveAsync(FeedState.New("lemonde"), None);

        Assert.Equal(FeedState.New("lemonde"), await Stores.FeedStates.GetAsync("lemonde", None));
    }

    [ContractFact]
    public async Task Save_OneFeed_LeavesOthersAlone()
    {
        await Stores.FeedStates.GetAsync("reuters", None);

        await Stores.FeedStates.SaveAsync(Polled("lemonde"), None);

        Assert.Equal(FeedState.New("reuters"), await Stores.FeedStates.GetAsync("reuters", None));
    }

    [ContractFact]
    public async Task Get_FeedThatOnlyHasArticles_ReturnsANewState()
    {
        await Stores.Articles.TryAddAsync(Samples.Article("a", feed: "lemonde"), None);

        Assert.Equal(FeedState.New("lemonde"), await Stores.FeedStates.GetAsync("lemonde", None));
    }
}

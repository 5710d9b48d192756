namespace NewsBot.Storage.Tests.Platforms;

public abstract class PlatformStateStoreContract : StoreContract
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Fact]
    public async Task Get_AKeyNeverSet_IsNull()
    {
        Assert.Null(await Stores.PlatformStates.GetAsync("telegram:update-offset", None));
    }

    [Fact]
    public async Task Set_ReplacesTheValue_AndAnotherNodeReadsIt()
    {
        await Stores.PlatformStates.SetAsync("telegram:update-offset", "41", None);
        await Stores.PlatformStates.SetAsync("telegram:update-offset", "42", None);
        await Stores.PlatformStates.SetAsync("other", "x", None);

        Assert.Equal("42", await Stores.OpenAnother().PlatformStates.GetAsync("telegram:update-offset", None));
        Assert.Equal("x", await Stores.PlatformStates.GetAsync("other", None));
    }
}

using NewsBot.Core.Delivery;
using NewsBot.Discord.Interactions;
using NewsBot.Discord.Json;

namespace NewsBot.Discord.Tests.Interactions;

public sealed class InteractionHandlerTests
{
    private static InteractionDto In(string? permissions, ChannelDto? channel = null) => new()
    {
        Id = "1",
        Token = "t",
        Type = 2,
        ChannelId = channel?.Id ?? "100",
        Channel = channel,
        Member = permissions is null ? null : new MemberDto { User = new UserDto("5"), Permissions = permissions },
        User = permissions is null ? new UserDto("5") : null,
    };

    [Theory]
    [InlineData("16", true)]
    [InlineData("8", true)]
    [InlineData("1099511627775", true)]
    [InlineData("274877926400", false)]
    [InlineData("0", false)]
    [InlineData("not a number", false)]
    public void CanManageChannel_ReadsManageChannelsOrAdministratorFromTheMembersPermissions(string permissions, bool expected) =>
        Assert.Equal(expected, InteractionHandler.CanManageChannel(In(permissions)));

    [Fact]
    public void CanManageChannel_InADirectMessage_IsTheUsersOwnConversation() =>
        Assert.True(InteractionHandler.CanManageChannel(In(permissions: null)));

    [Fact]
    public void ChannelOf_Thread_IsTheParentChannelWithTheThread() =>
        Assert.Equal(
            new ChannelAddress("discord", "100", "700"),
            InteractionHandler.ChannelOf(In("0", new ChannelDto { Id = "700", Type = 11, ParentId = "100" })));

    [Fact]
    public void ChannelOf_TextChannel_IsTheChannel() =>
        Assert.Equal(new ChannelAddress("discord", "100"), InteractionHandler.ChannelOf(In("0", new ChannelDto { Id = "100", Type = 0 })));
}

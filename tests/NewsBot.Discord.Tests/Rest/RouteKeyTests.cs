using NewsBot.Discord.Rest;

namespace NewsBot.Discord.Tests.Rest;

public sealed class RouteKeyTests
{
    [Fact]
    public void From_ChannelMessages_KeepsTheChannelAsMajorAndTemplatesOtherIds()
    {
        var a = RouteKey.From(HttpMethod.Patch, "channels/111/messages/222");
        var b = RouteKey.From(HttpMethod.Patch, "channels/111/messages/333");
        var c = RouteKey.From(HttpMethod.Patch, "channels/999/messages/222");

        Assert.Equal("PATCH /channels/{major}/messages/{id}", a.Template);
        Assert.Equal(a, b);
        Assert.NotEqual(a.Major, c.Major);
        Assert.False(a.ExemptFromGlobal);
    }

    [Fact]
    public void From_InteractionCallback_IsExemptFromGlobalAndKeepsTheTokenOutOfTheTemplate()
    {
        var key = RouteKey.From(HttpMethod.Post, "interactions/123/secret-token/callback");

        Assert.True(key.ExemptFromGlobal);
        Assert.DoesNotContain("secret-token", key.ToString(), StringComparison.Ordinal);
        Assert.Contains("secret-token", key.Major, StringComparison.Ordinal);
    }

    [Fact]
    public void From_WebhookFollowUp_IsKeyedByWebhookAndToken()
    {
        var key = RouteKey.From(HttpMethod.Patch, "webhooks/42/tok/messages/@original");

        Assert.Equal("webhooks/42/tok", key.Major);
        Assert.Equal("PATCH /webhooks/{major}/{token}/messages/@original", key.Template);
        Assert.True(key.ExemptFromGlobal);
    }

    [Fact]
    public void From_ApplicationCommands_HasNoMajorParameter()
    {
        var key = RouteKey.From(HttpMethod.Put, "/applications/42/guilds/7/commands");

        Assert.Equal("PUT /applications/{id}/guilds/{id}/commands", key.Template);
        Assert.Equal(string.Empty, key.Major);
    }
}

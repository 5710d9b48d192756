using Microsoft.AspNetCore.Http;
using System.Diagnostics;
using System.Net;
using NewsBot.Discord.Json;
using NewsBot.Discord.Rest;
using NewsBot.Testing.Discord;

namespace NewsBot.Discord.Tests.Rest;

public sealed class DiscordRestClientTests : IAsyncLifetime
{
    private FakeDiscordServer _server = null!;

    public async Task InitializeAsync()
    {
        _server = await FakeDiscordServer.StartAsync(CancellationToken.None);
        _server.AddChannel("100");
    }

    public async Task DisposeAsync() => await _server.DisposeAsync();

    private static Task<MessageDto> PostAsync(DiscordHarness discord, string channel, string text) =>
        discord.Rest.SendAsync(
            HttpMethod.Post,
            $"channels/{channel}/messages",
            new MessageCreate { Content = text },
            DiscordJsonContext.Default.MessageCreate,
            DiscordJsonContext.Default.MessageDto,
            CancellationToken.None);

    [Fact]
    public async Task Send_BurstOverTheChannelBucket_WaitsForResetsAndNeverOverrunsIt()
    {
        _server.MessageBucketLimit = 3;
        _server.MessageBucketWindow = TimeSpan.FromMilliseconds(400);
        using var discord = new DiscordHarness(_server);
        var clock = Stopwatch.StartNew();

        await Task.WhenAll(Enumerable.Range(0, 10).Select(i => PostAsync(discord, "100", $"m{i}")));

        Assert.Equal(10, _server.MessagesIn("100").Count);
        Assert.Equal(0, _server.BucketViolations);
        Assert.True(clock.Elapsed >= TimeSpan.FromMilliseconds(3 * 400) - TimeSpan.FromMilliseconds(100), $"took {clock.Elapsed}");
    }

    [Fact]
    public async Task Send_ManyChannelsAtOnce_StaysUnderTheGlobalLimit()
    {
        // 120 at the default 50 in any second: the last 20 go out two seconds after the first 50's answers.
        var channels = Enumerable.Range(1, 120).Select(i => $"9{i:000}").ToList();
        channels.ForEach(c => _server.AddChannel(c));
        using var discord = new DiscordHarness(_server);
        var clock = Stopwatch.StartNew();

        await Task.WhenAll(channels.Select(c => PostAsync(discord, c, "x")));

        Assert.Equal(120, _server.Messages.Count);
        Assert.Equal(0, _server.GlobalViolations);
        Assert.True(clock.Elapsed >= TimeSpan.FromSeconds(2) - TimeSpan.FromMilliseconds(200), $"took {clock.Elapsed}");
    }

    [Fact]
    public async Task Send_RouteRateLimited_WaitsRetryAfterThenSucceeds()
    {
        _server.ScriptMessageRateLimits(new FakeRateLimit(0.3), new FakeRateLimit(0.3));
        using var discord = new DiscordHarness(_server);
        var clock = Stopwatch.StartNew();

        var message = await PostAsync(discord, "100", "hello");

        Assert.Single(_server.MessagesIn("100"), m => m.Id == message.Id);
        Assert.True(clock.Elapsed >= TimeSpan.FromMilliseconds(550), $"took {clock.Elapsed}");
        Assert.Equal(2, discord.Guard.Count);
    }

    [Fact]
    public async Task Send_SharedScope429_IsWaitedOutButNotCountedAsInvalid()
    {
        _server.ScriptMessageRateLimits(new FakeRateLimit(0.1, Scope: "shared"));
        using var discord = new DiscordHarness(_server);

        await PostAsync(discord, "100", "hello");

        Assert.Equal(0, discord.Guard.Count);
    }

    [Fact]
    public async Task Send_Global429_HoldsRequestsToOtherChannelsToo()
    {
        _server.AddChannel("200");
        // A second: long enough for this thread to see the hold while it lasts, even on a loaded machine.
        _server.ScriptMessageRateLimits(new FakeRateLimit(1, Scope: "global", Global: true));
        using var discord = new DiscordHarness(_server);

        var first = PostAsync(discord, "100", "a");

        // The client's hold, not the server's record of the 429: the server logs it before the answer reaches the
        // client, and a request sent in between would rightly go at once (the flake under load).
        await WaitUntilAsync(() => discord.Global.HeldFor() > TimeSpan.Zero);
        await PostAsync(discord, "200", "b");
        await first;

        // Timed on the server's clock: the hold began when the client read the 429, after the server answered it,
        // so no request may arrive before the 429 plus its second, however late this thread runs.
        var limited = Assert.Single(_server.Requests, r => r.Status == 429);
        var other = Assert.Single(_server.Requests, r => r.Path == "/channels/200/messages");
        Assert.True(other.At - limited.At >= TimeSpan.FromSeconds(1), $"the other channel went {(other.At - limited.At).TotalMilliseconds:0} ms after the 429");
        Assert.Equal(2, _server.Messages.Count);
    }

    [Fact]
    public async Task Send_RateLimitedPastEveryRetry_ThrowsWithRetryAfter()
    {
        _server.ScriptMessageRateLimits(Enumerable.Repeat(new FakeRateLimit(0.05), 3).ToArray());
        using var discord = new DiscordHarness(_server, o => o.MaxRateLimitRetries = 2);

        var error = await Assert.ThrowsAsync<DiscordApiException>(() => PostAsync(discord, "100", "x"));

        Assert.Equal(HttpStatusCode.TooManyRequests, error.Status);
        Assert.NotNull(error.RetryAfter);
        Assert.True(error.IsTransient);
    }

    [Fact]
    public async Task Send_RetryAfterLongerThanTheMaxWait_GivesUpAtOnceAndHoldsTheNextRequestBackUnsent()
    {
        _server.ScriptMessageRateLimits(new FakeRateLimit(120));
        using var discord = new DiscordHarness(_server, o => o.MaxRateLimitWaitSeconds = 5);
        var clock = Stopwatch.StartNew();

        var first = await Assert.ThrowsAsync<DiscordApiException>(() => PostAsync(discord, "100", "x"));
        var second = await Assert.ThrowsAsync<DiscordApiException>(() => PostAsync(discord, "100", "y"));

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(20), $"took {clock.Elapsed}, as if it had waited the 120 s");
        Assert.False(first.NotAttempted);
        Assert.True(first.RetryAfter > TimeSpan.FromSeconds(100));
        Assert.True(second.NotAttempted);
        Assert.True(second.RetryAfter > TimeSpan.FromSeconds(100));
        Assert.Single(_server.Requests);
    }

    [Fact]
    public async Task Send_MissingPermissions_ThrowsWithTheDiscordCodeAndCountsAnInvalidRequest()
    {
        _server.FailChannel("100", HttpStatusCode.Forbidden, 50013, "Missing Permissions");
        using var discord = new DiscordHarness(_server);

        var error = await Assert.ThrowsAsync<DiscordApiException>(() => PostAsync(discord, "100", "x"));

        Assert.Equal(50013, error.Code);
        Assert.Equal(1, discord.Guard.Count);
    }

    [Fact]
    public async Task Send_BadToken_StopsTheAppAndSendsNothingMore()
    {
        using var discord = new DiscordHarness(_server, token: "wrong");

        await Assert.ThrowsAsync<DiscordApiException>(() => PostAsync(discord, "100", "x"));
        await Assert.ThrowsAsync<DiscordApiException>(() => PostAsync(discord, "100", "y"));

        Assert.Equal(1, discord.Lifetime.StopRequests);
        Assert.Single(_server.Requests);
    }

    [Fact]
    public async Task Send_Always_SendsTheBotTokenAndAUserAgent()
    {
        await using var recorder = await NewsBot.Testing.Http.LoopbackHttpServer.StartAsync(
            async context => await context.Response.WriteAsync("{\"id\":\"1\"}"), CancellationToken.None);
        using var discord = new DiscordHarness(_server, o => o.ApiBaseUrl = new Uri(recorder.BaseAddress, "api/v10"));

        await PostAsync(discord, "100", "x");

        var request = Assert.Single(recorder.Requests);
        Assert.Equal("Bot " + FakeDiscordServer.Token, request.Header("Authorization"));
        Assert.StartsWith("DiscordBot (", request.Header("User-Agent"), StringComparison.Ordinal);
        Assert.Equal("/api/v10/channels/100/messages", request.PathAndQuery);
    }

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        var deadline = Stopwatch.StartNew();
        while (!condition())
        {
            Assert.True(deadline.Elapsed < TimeSpan.FromSeconds(10), "timed out");
            await Task.Delay(10);
        }
    }
}

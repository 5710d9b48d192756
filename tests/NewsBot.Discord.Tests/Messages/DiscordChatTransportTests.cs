using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging.Abstractions;
using NewsBot.Core.Alerts;
using NewsBot.Core.Delivery;
using NewsBot.Core.Figures;
using NewsBot.Discord.Messages;
using NewsBot.Testing.Discord;

namespace NewsBot.Discord.Tests.Messages;

public sealed class DiscordChatTransportTests : IAsyncLifetime, IDisposable
{
    private FakeDiscordServer _server = null!;
    private DiscordHarness _discord = null!;
    private DiscordChatTransport _transport = null!;

    public async Task InitializeAsync()
    {
        _server = await FakeDiscordServer.StartAsync(CancellationToken.None);
        _server.AddChannel("100");
        _discord = new DiscordHarness(_server);
        _transport = new DiscordChatTransport(_discord.Rest, NullLogger<DiscordChatTransport>.Instance);
    }

    public async Task DisposeAsync() => await _server.DisposeAsync();

    public void Dispose() => _discord.Dispose();

    private static ChannelAddress Channel(string id, string? thread = null) => new("discord", id, thread);

    internal static Alert Alert(string key = "17", int figures = 2, int sources = 2, string? summary = null) => new()
    {
        Topic = "corée du nord",
        Title = "Des soldats nord-coréens déployés en Russie",
        Link = new Uri("https://example.org/article"),
        Summary = summary ?? "Jusqu'à 12 000 soldats ont été envoyés, selon Séoul. Le Kremlin dément.",
        Figures = Enumerable.Range(1, figures).Select(i => new AlertFigure
        {
            Text = $"{i} 000 soldats",
            What = "soldats",
            Qualifier = FigureQualifier.Exact,
            Sources = ["NIS"],
        }).ToList(),
        Sources = Enumerable.Range(1, sources).Select(i => $"Source {i}").ToList(),
        FeedName = "seeds",
        Published = null,
        ArticleCount = 2,
        DeliveryKey = key,
    };

    [Fact]
    public async Task SendAlert_PostsOneEmbedWithFiguresSourcesNonceAndNoMentions()
    {
        var id = await _transport.SendAlertAsync(Channel("100"), Alert(), CancellationToken.None);

        var message = Assert.Single(_server.MessagesIn("100"));
        Assert.Equal(id, message.Id);
        var embed = Assert.IsType<JsonObject>(Assert.Single(message.Embeds));
        Assert.Equal("Des soldats nord-coréens déployés en Russie", (string?)embed["title"]);
        Assert.Equal("https://example.org/article", (string?)embed["url"]);
        Assert.Contains("1 000 soldats — NIS", (string?)embed["fields"]![0]!["value"], StringComparison.Ordinal);
        Assert.Equal("Sources", (string?)embed["fields"]![1]!["name"]);
        Assert.Equal("17", message.Nonce);
        Assert.True((bool?)message.Body["enforce_nonce"]);
        Assert.Empty(Assert.IsType<JsonArray>(message.Body["allowed_mentions"]!["parse"]));
    }

    [Fact]
    public async Task SendAlert_HugeAlert_FitsEveryEmbedLimitDroppingTheLeastImportantFirst()
    {
        var summary = string.Join(' ', Enumerable.Repeat("Une phrase assez longue pour remplir la description de l'embed.", 120));
        var alert = Alert(figures: 60, sources: 300, summary: summary) with { Title = string.Join(' ', Enumerable.Repeat("Titre", 100)) };

        await _transport.SendAlertAsync(Channel("100"), alert, CancellationToken.None);

        var message = Assert.Single(_server.MessagesIn("100"));
        Assert.Null(FakeDiscordServer.EmbedProblem(message.Body));
        var embed = (JsonObject)message.Embeds[0]!;
        Assert.True(((string?)embed["title"])!.Length <= 256);
        Assert.EndsWith("…", (string?)embed["title"], StringComparison.Ordinal);
        Assert.Contains("1 000 soldats", (string?)embed["fields"]![0]!["value"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task SendAlert_SameDeliveryKeyTwice_PostsOnce()
    {
        var first = await _transport.SendAlertAsync(Channel("100"), Alert("42"), CancellationToken.None);
        var again = await _transport.SendAlertAsync(Channel("100"), Alert("42"), CancellationToken.None);

        Assert.Equal(first, again);
        Assert.Single(_server.MessagesIn("100"));
    }

    [Fact]
    public void DeliveryNonce_LongKey_IsAStableHashOfAtMost25Characters()
    {
        var key = new string('k', 60);

        var nonce = DeliveryNonce.From(key);

        Assert.NotNull(nonce);
        Assert.True(nonce.Length <= 25);
        Assert.Equal(nonce, DeliveryNonce.From(key));
        Assert.NotEqual(nonce, DeliveryNonce.From(key + "x"));
    }

    [Theory]
    [InlineData(HttpStatusCode.Forbidden, 50013, "Missing Permissions")]
    [InlineData(HttpStatusCode.Forbidden, 50001, "Missing Access")]
    [InlineData(HttpStatusCode.NotFound, 10003, "Unknown Channel")]
    public async Task SendAlert_ChannelRefused_ThrowsChannelUnavailable(HttpStatusCode status, int code, string message)
    {
        _server.FailChannel("100", status, code, message);

        var error = await Assert.ThrowsAsync<ChatDeliveryException>(() => _transport.SendAlertAsync(Channel("100"), Alert(), CancellationToken.None));

        Assert.True(error.ChannelUnavailable);
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SendAlert_UnknownChannel_ThrowsChannelUnavailable()
    {
        var error = await Assert.ThrowsAsync<ChatDeliveryException>(() => _transport.SendAlertAsync(Channel("555"), Alert(), CancellationToken.None));

        Assert.True(error.ChannelUnavailable);
    }

    [Fact]
    public async Task SendAlert_ToAThread_PostsInTheThread()
    {
        _server.AddChannel("700", type: 11);

        await _transport.SendAlertAsync(Channel("100", thread: "700"), Alert(), CancellationToken.None);

        Assert.Single(_server.MessagesIn("700"));
        Assert.Empty(_server.MessagesIn("100"));
    }

    [Fact]
    public async Task SendAlert_ToAForum_OpensAPostNamedAfterTheStory()
    {
        _server.AddChannel("800", type: 15);

        var id = await _transport.SendAlertAsync(Channel("800"), Alert(), CancellationToken.None);

        var starter = Assert.Single(_server.Messages);
        Assert.Equal(id, starter.Id);
        Assert.Equal(id, starter.ChannelId);
    }

    [Fact]
    public async Task SendUpdate_WithinTheEditWindow_EditsTheOriginal()
    {
        var original = await _transport.SendAlertAsync(Channel("100"), Alert(), CancellationToken.None);
        var update = new AlertUpdate
        {
            Updated = Alert() with { ArticleCount = 3, Title = "Mis à jour" },
            OriginalMessageId = original,
            MayEdit = true,
            ArticleTitle = "Troisième article",
        };

        var id = await _transport.SendUpdateAsync(Channel("100"), update, CancellationToken.None);

        var message = Assert.Single(_server.MessagesIn("100"));
        Assert.Equal(original, id);
        Assert.Equal(1, message.Edits);
        Assert.Equal("Mis à jour", (string?)message.Embeds[0]!["title"]);
    }

    [Fact]
    public async Task SendUpdate_PastTheEditWindow_PostsAFollowUp()
    {
        var original = await _transport.SendAlertAsync(Channel("100"), Alert(), CancellationToken.None);
        var update = new AlertUpdate
        {
            Updated = Alert(key: "18"),
            OriginalMessageId = original,
            MayEdit = false,
            ArticleTitle = "Un *nouvel* article",
            NewSources = ["Reuters"],
        };

        await _transport.SendUpdateAsync(Channel("100"), update, CancellationToken.None);

        Assert.Equal(2, _server.MessagesIn("100").Count);
        var followUp = _server.MessagesIn("100").Single(m => m.Id != original);
        Assert.Contains("Un \\*nouvel\\* article", (string?)followUp.Embeds[0]!["description"], StringComparison.Ordinal);
    }
}

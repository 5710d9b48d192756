using NewsBot.Core.Commands;
using NewsBot.Core.Delivery;
using NewsBot.Core.Digests;
using NewsBot.Core.Figures;
using NewsBot.Core.Subscriptions;
using NewsBot.Core.Subscriptions.Matching;
using NewsBot.Testing.Chat;
using NewsBot.Testing.Stores;
using NewsBot.Testing.Time;

namespace NewsBot.Core.Tests.Digests;

public sealed class DigestServiceTests
{
    private static readonly ChannelAddress Channel = new("test", "morning");

    // 08:00 in Paris on 10 June 2024 is 06:00 UTC; the digest fires a few seconds late.
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2024, 6, 10, 6, 0, 3, TimeSpan.Zero));
    private readonly InMemorySubscriptionStore _subscriptions = new();
    private readonly InMemoryStoryQueries _stories = new();
    private readonly InMemoryDigestRunStore _runs = new();
    private readonly RecordingChatTransport _platform = new();

    private DigestService Service() => new(_subscriptions, _stories, _runs, [_platform], AliasTable.Empty, _time);

    private Task<Subscription> SubscribeAsync(SubscriptionMode mode = SubscriptionMode.Digest) => _subscriptions.AddAsync(
        new NewSubscription { Channel = Channel, Query = "Valence", Mode = mode, DigestAt = new TimeOnly(8, 0), TimeZone = "Europe/Paris", CreatedAt = _time.GetUtcNow() },
        CancellationToken.None);

    private void Story(long id, string title, DateTimeOffset updatedAt) => _stories.Add(new StoryView
    {
        Id = id,
        Title = title,
        UpdatedAt = updatedAt,
        ArticleCount = 2,
        Summary = title + ".",
        Language = "fr",
        Text = title,
        Figures =
        [
            new StoryFigure
            {
                Figure = new KeyFigure { Value = 158, Text = "158 morts", What = "morts", Qualifier = FigureQualifier.Exact, Sentence = "158 morts.", Source = "gouvernement" },
                ReportedAt = updatedAt,
            },
        ],
    });

    [Fact]
    public async Task Run_PostsTheLastDaysMatchingStoriesInOneMessage()
    {
        var subscription = await SubscribeAsync();
        Story(1, "Inondations à Valence", _time.GetUtcNow().AddHours(-3));
        Story(2, "Valence : le bilan s'alourdit", _time.GetUtcNow().AddHours(-20));
        Story(3, "Valence, deux jours plus tôt", _time.GetUtcNow().AddHours(-30));

        var outcome = await Service().RunAsync(subscription.Id, CancellationToken.None);

        Assert.Equal(DigestOutcome.Sent, outcome);
        var (channel, alert, _) = Assert.Single(_platform.Sent);
        Assert.Equal(Channel, channel);
        Assert.Contains("2 stories", alert.Title, StringComparison.Ordinal);
        Assert.Contains("2024-06-10", alert.Title, StringComparison.Ordinal);
        Assert.Contains("Inondations à Valence", alert.Summary, StringComparison.Ordinal);
        Assert.DoesNotContain("deux jours plus tôt", alert.Summary, StringComparison.Ordinal);
        Assert.Contains(alert.Figures, f => f.Text == "158 morts");
    }

    [Fact]
    public async Task Run_TwiceForTheSameWindow_PostsOnce()
    {
        var subscription = await SubscribeAsync();
        Story(1, "Inondations à Valence", _time.GetUtcNow().AddHours(-3));

        var first = await Service().RunAsync(subscription.Id, CancellationToken.None);
        _time.Advance(TimeSpan.FromMinutes(1));
        var second = await Service().RunAsync(subscription.Id, CancellationToken.None);

        Assert.Equal((DigestOutcome.Sent, DigestOutcome.AlreadySent), (first, second));
        Assert.Single(_platform.Sent);
    }

    [Fact]
    public async Task Run_NothingMatched_PostsNothing()
    {
        var subscription = await SubscribeAsync();
        Story(1, "Séisme au Japon", _time.GetUtcNow().AddHours(-3));

        Assert.Equal(DigestOutcome.NothingNew, await Service().RunAsync(subscription.Id, CancellationToken.None));
        Assert.Empty(_platform.Sent);
    }

    [Fact]
    public async Task Run_InstantSubscription_IsNotADigest()
    {
        var subscription = await SubscribeAsync(SubscriptionMode.Instant);

        Assert.Equal(DigestOutcome.NotADigest, await Service().RunAsync(subscription.Id, CancellationToken.None));
    }
}

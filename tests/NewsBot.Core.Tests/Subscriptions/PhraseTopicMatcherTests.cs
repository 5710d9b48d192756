using NewsBot.Core.Articles;
using NewsBot.Core.Delivery;
using NewsBot.Core.Subscriptions;

namespace NewsBot.Core.Tests.Subscriptions;

public sealed class PhraseTopicMatcherTests
{
    private static Subscription Sub(string query) => new() { Id = 1, Channel = new ChannelAddress("t", "c"), Query = query, CreatedAt = DateTimeOffset.UnixEpoch };

    private static Article Article(string text) => new() { Id = 1, FeedName = "f", Title = "Titre", Text = text, ContentHash = "h", FetchedAt = DateTimeOffset.UnixEpoch };

    [Theory]
    [InlineData("Corée du Nord", "La COREE DU NORD a envoyé")]
    [InlineData("coree du nord", "la Corée du Nord a envoyé")]
    [InlineData("Corée du Nord", "la Corée-du-Nord a envoyé")]
    public void Match_IgnoresCaseAccentsAndPunctuation(string query, string text) =>
        Assert.Single(new PhraseTopicMatcher().Match(Article(text), [Sub(query)]));

    [Theory]
    [InlineData("Nord", "la Normandie")]
    [InlineData("Corée du Nord", "la Corée du Sud")]
    public void Match_RequiresWholeWordsInOrder(string query, string text) =>
        Assert.Empty(new PhraseTopicMatcher().Match(Article(text), [Sub(query)]));
}

using NewsBot.Core.Language;
using NewsBot.Core.Subscriptions.Matching;
using NewsBot.Core.Subscriptions.Query;
using NewsBot.Core.Text;

namespace NewsBot.Core.Tests.Subscriptions.Matching;

public sealed class DocumentTermsTests
{
    [Theory]
    [InlineData("Des soldats nord-coréens à Koursk.", true)]
    [InlineData("La Corée du Nord a envoyé des soldats.", true)]
    [InlineData("Pyongyang et North Korea.", true)]
    [InlineData("Le nord de la Corée du Sud.", false)]
    [InlineData("Corée. Du nord au sud.", false)]
    public void Build_AnArticleNamingAnAliasGroup_HasTheGroupsKey(string text, bool has)
    {
        var dictionary = new TermDictionary();
        var key = TopicCompiler.Compile(TopicQuery.Parse("north korea", Topics.Aliases), dictionary).Anchor!.Value.Keys.Single();
        var terms = new DocumentTerms();

        terms.Build(new ArticleText(text), dictionary);

        Assert.Equal(has, terms.Has(key));
        Assert.Equal(has, terms.Distinct.Contains(key));
    }

    [Theory]
    [InlineData("Les soldats nord-coréens sont arrivés à Koursk, selon l'armée ukrainienne. Aujourd'hui, c'est-à-dire hier.")]
    [InlineData("The troops of North Korea went to Kursk, the Pentagon said. It's a well-known fact that they're there.")]
    [InlineData("Le Pentagone a dit que the troops were in Kursk mais l'OTAN n'a rien dit.")]
    [InlineData("—  - l' d' 12 000 soldats -- x-y-z")]
    public void FunctionWordsCountedByTheWalk_GiveTheLanguageTheDetectorFindsAlone(string text)
    {
        var dictionary = new TermDictionary();
        dictionary.Word("soldat");
        var terms = new DocumentTerms();
        foreach (var article in new[] { text, string.Concat(Enumerable.Repeat(text + " ", 60)) }.Concat(Topics.Seeds().Select(s => s.Text)))
        {
            var read = new ArticleText(article);
            terms.Build(read, dictionary);

            Assert.Equal(LanguageDetector.Detect(read), terms.Language);
        }
    }
}

using NewsBot.Core.Subscriptions.Matching;
using NewsBot.Core.Subscriptions.Query;

namespace NewsBot.Core.Tests.Subscriptions.Matching;

public sealed class TopicCompilerTests
{
    [Theory]
    [InlineData("drones", true)]
    [InlineData("drones kharkiv", true)]
    [InlineData("drones kharkiv frappes -exercice", true)]
    [InlineData("drones AND NOT exercice", true)]
    [InlineData("drones kharkiv frappes missiles", true)]
    [InlineData("drones kharkiv frappes missiles obus", false)]
    [InlineData("drones kharkiv frappes missiles -exercice", false)]
    [InlineData("kharkiv (drones OR missiles)", true)]
    [InlineData("kharkiv (drones OR missiles) -exercice", true)]
    [InlineData("kharkiv frappes (drones OR missiles)", true)]
    [InlineData("kharkiv frappes (drones OR missiles) -exercice", false)]
    [InlineData("kharkiv (drones OR missiles) (obus OR roquettes)", false)]
    [InlineData("kharkiv (drones OR missiles OR obus)", false)]
    [InlineData("drones -exercice -manoeuvre", false)]
    [InlineData("\"frappes de drones\"", false)]
    [InlineData("drones OR missiles", false)]
    [InlineData("drones lang:fr", true)]
    [InlineData("drones source:reuters", false)]
    [InlineData("drone*", true)]
    [InlineData("drone* kharkiv -exercice", true)]
    [InlineData("drones -\"tir d'exercice\"", false)]
    public void Compile_SingleKeysWithinWhatAPostingChecks_IsExact(string query, bool exact)
    {
        var topic = TopicCompiler.Compile(TopicQuery.Parse(query, AliasTable.Empty), new TermDictionary());

        Assert.Equal(exact, topic.Exact);
    }

    [Theory]
    [InlineData("\"Corée du Nord\" soldats", true)]
    [InlineData("north korea troops -ukraine", true)]
    [InlineData("drones -\"Corée du Nord\"", true)]
    [InlineData("north korea russia kursk troops", true)]
    [InlineData("north korea russia kursk troops drones", false)]
    [InlineData("north korea lang:fr", true)]
    [InlineData("north korea has:figure", false)]
    public void Compile_AliasGroup_IsOneKeyLikeAWord(string query, bool exact)
    {
        var dictionary = new TermDictionary();
        var topic = TopicCompiler.Compile(TopicQuery.Parse(query, Topics.Aliases), dictionary);

        Assert.Equal(exact, topic.Exact);
        Assert.All(topic.Clauses, clause => Assert.Single(clause.Keys));
    }

    [Fact]
    public void Compile_TheSameGroupInTwoQueries_HasOneKey()
    {
        var dictionary = new TermDictionary();
        var first = TopicCompiler.Compile(TopicQuery.Parse("\"Corée du Nord\"", Topics.Aliases), dictionary);
        var second = TopicCompiler.Compile(TopicQuery.Parse("north korea", Topics.Aliases), dictionary);

        Assert.Equal(first.Anchor!.Value.Keys, second.Anchor!.Value.Keys);
    }

    [Fact]
    public void Compile_TheSameGroupInTwoQueries_SharesItsCompiledNames()
    {
        var dictionary = new TermDictionary();
        var first = TopicCompiler.Compile(TopicQuery.Parse("\"Corée du Nord\"", Topics.Aliases), dictionary);
        var second = TopicCompiler.Compile(TopicQuery.Parse("north korea", Topics.Aliases), dictionary);

        var names = Assert.IsType<AnyNameMatch>(first.Root).Names;
        Assert.True(names.Count > 1);
        Assert.Same(names, Assert.IsType<AnyNameMatch>(second.Root).Names);
    }

    [Fact]
    public void Compile_TheSameWordInManyQueries_SharesOneArrayOfItsKey()
    {
        var dictionary = new TermDictionary();
        var first = TopicCompiler.Compile(TopicQuery.Parse("kyiv bombardements", AliasTable.Empty), dictionary);
        var second = TopicCompiler.Compile(TopicQuery.Parse("kyiv (drones OR missiles) -football", AliasTable.Empty), dictionary);
        var kyiv = dictionary.Word(LightStemmer.Stem("kyiv"));

        var firstKyiv = first.Clauses.Single(c => c.Keys is [var k] && k == kyiv).Keys;
        var secondKyiv = second.Clauses.Single(c => c.Keys is [var k] && k == kyiv).Keys;
        Assert.Same(firstKyiv, secondKyiv);
        Assert.Same(dictionary.KeyAlone(kyiv), firstKyiv);
        Assert.Equal([kyiv], firstKyiv);

        // A query of one word needs that key alone: the same array again.
        Assert.Same(firstKyiv, TopicCompiler.Compile(TopicQuery.Parse("kyiv", AliasTable.Empty), dictionary).Keys!.Needed);
    }

    [Fact]
    public void Reanchor_MovesToTheClauseFewerArticlesHave_AndStaysExact()
    {
        var dictionary = new TermDictionary();
        var topic = TopicCompiler.Compile(TopicQuery.Parse("bombardements kyiv", AliasTable.Empty), dictionary);
        var common = dictionary.Word(LightStemmer.Stem("bombardements"));
        var rare = dictionary.Word(LightStemmer.Stem("kyiv"));
        Assert.Equal([common], topic.Anchor!.Value.Keys);
        var frequency = new KeyFrequency();
        for (var i = 0; i < KeyFrequency.SampleEvery * KeyFrequency.MinSamples; i++)
        {
            frequency.Observe([common], dictionary.Count);
        }

        var moved = TopicCompiler.Reanchor(topic, frequency);

        Assert.Equal([rare], moved.Anchor!.Value.Keys);
        Assert.Equal(common, moved.Checks.First);
        Assert.True(moved.Exact);
        Assert.Same(moved, TopicCompiler.Reanchor(moved, frequency));
    }

    [Fact]
    public void Reanchor_FunctionWordsStayOffTheAnchorEvenWhenNoArticleHasThem()
    {
        var dictionary = new TermDictionary();
        var topic = TopicCompiler.Compile(TopicQuery.Parse("\"la guerre\" kyiv", AliasTable.Empty), dictionary);
        var frequency = new KeyFrequency();
        for (var i = 0; i < KeyFrequency.SampleEvery * KeyFrequency.MinSamples; i++)
        {
            frequency.Observe([dictionary.Word(LightStemmer.Stem("kyiv")), dictionary.Word(LightStemmer.Stem("guerre"))], dictionary.Count);
        }

        var moved = TopicCompiler.Reanchor(topic, frequency);

        Assert.DoesNotContain(dictionary.Word(LightStemmer.Stem("la")), moved.Anchor!.Value.Keys);
    }
}

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
    [InlineData("drones kharkiv frappes missiles", false)]
    [InlineData("drones -exercice -manoeuvre", false)]
    [InlineData("\"frappes de drones\"", false)]
    [InlineData("drones OR missiles", false)]
    [InlineData("drones lang:fr", false)]
    [InlineData("drone*", false)]
    [InlineData("drones -\"tir d'exercice\"", false)]
    public void Compile_WordsOnlyWithinWhatAPostingChecks_IsExact(string query, bool exact)
    {
        var topic = TopicCompiler.Compile(TopicQuery.Parse(query, AliasTable.Empty), new TermDictionary());

        Assert.Equal(exact, topic.Exact);
    }
}

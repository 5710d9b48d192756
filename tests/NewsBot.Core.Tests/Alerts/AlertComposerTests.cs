using NewsBot.Core.Alerts;

namespace NewsBot.Core.Tests.Alerts;

public sealed class AlertComposerTests
{
    [Fact]
    public void LeadSentences_TakesTheFirstWholeSentences()
    {
        var lead = AlertComposer.LeadSentences("Premier point. Deuxième point ici. Troisième point.", 2, 400);

        Assert.Equal("Premier point. Deuxième point ici.", lead);
    }

    [Fact]
    public void LeadSentences_DoesNotSplitAfterAnInitial()
    {
        var lead = AlertComposer.LeadSentences("Selon M. Dupont, la ville est inondée. Les secours arrivent.", 1, 400);

        Assert.Equal("Selon M. Dupont, la ville est inondée.", lead);
    }

    [Fact]
    public void LeadSentences_TooLongFirstSentence_IsCutAtAWordWithAnEllipsis()
    {
        var lead = AlertComposer.LeadSentences(string.Join(' ', Enumerable.Repeat("mot", 50)) + ".", 2, 42);

        Assert.True(lead.Length <= 42);
        Assert.EndsWith("mot…", lead, StringComparison.Ordinal);
    }
}

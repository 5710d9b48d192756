using System.Text.Json;
using NewsBot.Core.Analysis;

namespace NewsBot.Core.Tests.Analysis;

public sealed class AnalysisJsonTests
{
    [Fact]
    public void Serialize_Analysis_UsesContractFieldNamesAndValues()
    {
        var analysis = new ArticleAnalyzer().Analyze(string.Empty, "Selon les services de renseignement, jusqu’à 12 000 soldats nord-coréens se préparent.");

        var json = AnalysisJson.Serialize([AnalysisJson.ToJson(analysis, "000_a.txt", "Titre", "2024-10")]);

        using var document = JsonDocument.Parse(json);
        var article = document.RootElement[0];
        Assert.Equal("000_a.txt", article.GetProperty("file").GetString());
        Assert.Equal("fr", article.GetProperty("language").GetString());
        Assert.Equal("2024-10", article.GetProperty("published").GetString());
        var figure = article.GetProperty("figures")[0];
        Assert.Equal(12000, figure.GetProperty("value").GetDouble());
        Assert.Equal("at_most", figure.GetProperty("qualifier").GetString());
        Assert.Equal("soldats nord-coréens", figure.GetProperty("what").GetString());
        Assert.Equal("services de renseignement", figure.GetProperty("source").GetString());
        Assert.Equal(JsonValueKind.Null, figure.GetProperty("unit").ValueKind);
        Assert.Equal("official", article.GetProperty("sources")[0].GetProperty("kind").GetString());
        Assert.Contains("nord-coréens", json, StringComparison.Ordinal);
    }
}

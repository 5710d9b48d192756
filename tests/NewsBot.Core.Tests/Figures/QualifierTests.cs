using NewsBot.Core.Figures;

namespace NewsBot.Core.Tests.Figures;

public sealed class QualifierTests
{
    [Theory]
    [InlineData("Les secours ont évacué environ 2 000 habitants du quartier.", FigureQualifier.Approx)]
    [InlineData("Les secours ont évacué quelque 2 000 habitants du quartier.", FigureQualifier.Approx)]
    [InlineData("Les secours ont évacué près de 2 000 habitants du quartier.", FigureQualifier.Approx)]
    [InlineData("Les secours ont évacué plus de 2 000 habitants du quartier.", FigureQualifier.AtLeast)]
    [InlineData("Les secours ont évacué au moins 2 000 habitants du quartier.", FigureQualifier.AtLeast)]
    [InlineData("Les secours pourraient évacuer jusqu’à 2 000 habitants du quartier.", FigureQualifier.AtMost)]
    [InlineData("Les secours ont évacué moins de 2 000 habitants du quartier.", FigureQualifier.AtMost)]
    [InlineData("Les secours ont évacué 2 000 habitants du quartier.", FigureQualifier.Exact)]
    [InlineData("Rescuers evacuated about 2,000 residents from the district.", FigureQualifier.Approx)]
    [InlineData("Rescuers evacuated some 2,000 residents from the district.", FigureQualifier.Approx)]
    [InlineData("Rescuers evacuated nearly 2,000 residents from the district.", FigureQualifier.Approx)]
    [InlineData("Rescuers evacuated roughly 2,000 residents from the district.", FigureQualifier.Approx)]
    [InlineData("Rescuers evacuated more than 2,000 residents from the district.", FigureQualifier.AtLeast)]
    [InlineData("Rescuers evacuated at least 2,000 residents from the district.", FigureQualifier.AtLeast)]
    [InlineData("Rescuers evacuated over 2,000 residents from the district.", FigureQualifier.AtLeast)]
    [InlineData("Rescuers may evacuate up to 2,000 residents from the district.", FigureQualifier.AtMost)]
    [InlineData("Rescuers evacuated less than 2,000 residents from the district.", FigureQualifier.AtMost)]
    public void Analyze_QualifierWords_SetQualifier(string text, FigureQualifier expected)
    {
        var figure = FigureAssert.Single(text);

        Assert.Equal(2000, figure.Value);
        Assert.Equal(expected, figure.Qualifier);
    }

    [Fact]
    public void Analyze_MoinsDunMillion_IsAtMostOneMillion()
    {
        var figure = FigureAssert.Single("« Nous avons reçu moins d’un million de doses », a déclaré le ministre.");

        Assert.Equal(1000000, figure.Value);
        Assert.Equal(FigureQualifier.AtMost, figure.Qualifier);
    }
}

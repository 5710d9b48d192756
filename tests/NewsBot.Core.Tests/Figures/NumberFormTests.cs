using NewsBot.Core.Figures;

namespace NewsBot.Core.Tests.Figures;

public sealed class NumberFormTests
{
    [Theory]
    [InlineData("Les pompiers ont évacué 10 000 habitants de la vallée.", 10000, "habitants")]
    [InlineData("Les pompiers ont évacué 10\u00A0000 habitants de la vallée.", 10000, "habitants")]
    [InlineData("Les pompiers ont évacué 10\u202F000 habitants de la vallée.", 10000, "habitants")]
    [InlineData("La préfecture a recensé 1500 sinistrés dans le département.", 1500, "sinistrés")]
    [InlineData("La région compte 1,3 million de foyers privés de courant.", 1300000, "foyers")]
    [InlineData("La tempête a privé d’électricité quatre millions de foyers dans le pays.", 4000000, "foyers")]
    [InlineData("Douze mille soldats ont été mobilisés pour la reconstruction.", 12000, "soldats")]
    [InlineData("Le séisme a fait vingt-trois victimes dans la province.", 23, "victimes")]
    [InlineData("La crue a touché un demi-million de personnes dans le bassin.", 500000, "personnes")]
    [InlineData("Le groupe a supprimé quatre-vingt-dix postes dans son usine.", 90, "postes")]
    public void Analyze_FrenchNumberForms_ReadsValueAndWhat(string text, double value, string what)
    {
        var figure = FigureAssert.Single(text);

        Assert.Equal(value, figure.Value, 6);
        Assert.Contains(what, figure.What, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("The storm left 10,000 homes without power in the county.", 10000, "homes")]
    [InlineData("Officials said 2.5 million people were told to evacuate the coast.", 2500000, "people")]
    [InlineData("The flood forced half a million residents from their homes.", 500000, "residents")]
    [InlineData("Rescuers pulled two dozen survivors from the rubble on Monday.", 24, "survivors")]
    [InlineData("The quake destroyed 1500 buildings in the old town.", 1500, "buildings")]
    [InlineData("The company said it would cut twenty-three stores across the region.", 23, "stores")]
    public void Analyze_EnglishNumberForms_ReadsValueAndWhat(string text, double value, string what)
    {
        var figure = FigureAssert.Single(text);

        Assert.Equal(value, figure.Value, 6);
        Assert.Contains(what, figure.What, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("The company said its revenue rose to $35.1 billion in the quarter.", 35100000000, "$", "revenue")]
    [InlineData("The company reported revenue of $19.3bn for the year.", 19300000000, "$", "revenue")]
    [InlineData("Le groupe a annoncé un chiffre d’affaires de 1,5 milliard d’euros sur l’année.", 1500000000, "€", "chiffre d’affaires")]
    [InlineData("Le taux de chômage a atteint 7,3 % au troisième trimestre.", 7.3, "%", "taux de chômage")]
    [InlineData("The unemployment rate rose to 17% in the region.", 17, "%", "unemployment rate")]
    [InlineData("Les incendies ont détruit 12 000 hectares de forêt dans le massif.", 12000, "ha", "hectares de forêt")]
    public void Analyze_AmountsAndRates_ReadUnitAndWhat(string text, double value, string unit, string what)
    {
        var figure = FigureAssert.Single(text);

        Assert.Equal(value, figure.Value, 3);
        Assert.Equal(unit, figure.Unit);
        Assert.Contains(what, figure.What, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Officials said 10,000 to 12,000 people were displaced by the floods.", 10000, 12000)]
    [InlineData("Entre 10 000 et 12 000 personnes ont été déplacées par les inondations.", 10000, 12000)]
    public void Analyze_Range_ReadsBothEnds(string text, double low, double high)
    {
        var figure = FigureAssert.Single(text);

        Assert.Equal(low, figure.Value);
        Assert.Equal(high, figure.ValueMax);
        Assert.Equal(FigureQualifier.AtLeast, figure.Qualifier);
    }

    [Fact]
    public void Analyze_SameFigureTwice_MergesIntoOne()
    {
        var figure = FigureAssert.Single(
            "Selon la préfecture, environ 3 000 habitants ont été évacués. Les 3 000 habitants seront relogés ce soir.");

        Assert.Equal(FigureQualifier.Approx, figure.Qualifier);
    }
}

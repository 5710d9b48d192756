namespace NewsBot.Core.Tests.Figures;

public sealed class NotAFigureTests
{
    [Theory]
    [InlineData("La tempête a touché la côte le 17 octobre 2024 dans la soirée.")]
    [InlineData("Le pays avait déjà connu une crise semblable en 2022.")]
    [InlineData("The storm made landfall on Sept. 8, 2023, near the border.")]
    [InlineData("The company was founded in 2022 by two engineers.")]
    [InlineData("L’alerte a été levée à 14h30 par la préfecture.")]
    [InlineData("The alert was lifted at 11:11 p.m. by the agency.")]
    [InlineData("Les diplômés de la 75e promotion ont défilé devant le ministre.")]
    [InlineData("Le quartier général du 2e corps a été inspecté par le dirigeant.")]
    [InlineData("The team finished 3rd in the national league this year.")]
    [InlineData("La réunion du 1er mars a été reportée par le conseil.")]
    [InlineData("Pour tout renseignement, appelez le 01 23 45 67 89 avant midi.")]
    [InlineData("For details, call +1 555 123 4567 before noon.")]
    [InlineData("Les deux pays ont signé un accord de coopération.")]
    [InlineData("The two companies signed a cooperation agreement.")]
    [InlineData("Le conflit dure depuis plus de deux ans et demi désormais.")]
    [InlineData("La pluie est tombée pendant trois jours sur la région.")]
    [InlineData("Les chefs d’État du G7 se réunissent à Rome cette semaine.")]
    [InlineData("The storm strengthened into a Category 3 hurricane overnight.")]
    [InlineData("L’ouragan est passé en catégorie 4 dans la nuit.")]
    public void Analyze_NotAFigure_ExtractsNothing(string text) => FigureAssert.None(text);

    [Fact]
    public void Analyze_NumbersInBoilerplate_AreIgnored()
    {
        FigureAssert.None(
            "Le maire a inauguré la nouvelle école du village ce matin.\n\nVOUS POUVEZ AUSSI AIMER\n\n" +
            "Inondations : 3 000 maisons détruites dans le sud du pays\n11 janvier 2026\n");
    }

    [Fact]
    public void Analyze_ArticleMetadataLine_IsNotAFigure()
    {
        FigureAssert.None(" date 2024-10 Le maire a inauguré la nouvelle école du village ce matin.");
    }
}

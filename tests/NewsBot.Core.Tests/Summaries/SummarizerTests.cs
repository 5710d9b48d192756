using NewsBot.Core.Analysis;

namespace NewsBot.Core.Tests.Summaries;

public sealed class SummarizerTests
{
    private static readonly ArticleAnalyzer Analyzer = new();

    [Fact]
    public void Analyze_Seeds_SummaryIsTwoOrThreeSentencesWithinLimit()
    {
        foreach (var path in Analysis.RepositoryFiles.Seeds())
        {
            var result = Analyzer.Analyze(string.Empty, File.ReadAllText(path));

            Assert.InRange(result.Summary.Length, 1, 600);
            Assert.DoesNotContain("VOUS POUVEZ AUSSI AIMER", result.Summary, StringComparison.Ordinal);
            Assert.DoesNotContain("via Reuters", result.Summary, StringComparison.Ordinal);
            Assert.DoesNotContain("contactez-nous", result.Summary, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Analyze_CaptionTeaserAndFurniture_NeverInSummary()
    {
        var text = string.Join('\n',
            "Accéder au contenu principal",
            "Inondations dans le sud",
            "Les pluies torrentielles ont inondé la vallée du Rhône dans la nuit de mardi à mercredi.",
            "Le maire de la ville inspecte une digue endommagée. (Jean Dupont/AFP)",
            "Selon la préfecture, 3 000 habitants ont été évacués vers des gymnases de la ville.",
            "Les secours poursuivent les recherches dans les quartiers les plus touchés de la vallée.",
            "À voir aussi",
            "Les pluies ont inondé une autre vallée du pays hier soir, les habitants sont partis.");

        var summary = Analyzer.Analyze(string.Empty, text).Summary;

        Assert.Contains("3 000 habitants", summary, StringComparison.Ordinal);
        Assert.DoesNotContain("AFP", summary, StringComparison.Ordinal);
        Assert.DoesNotContain("autre vallée", summary, StringComparison.Ordinal);
        Assert.DoesNotContain("Accéder", summary, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(
        "Les pluies ont provoqué des crues importantes dans toute la vallée du Rhône cette semaine.",
        "« Les digues de la vallée sont une chose sérieuse. Agissons vite. »")]
    [InlineData(
        "Heavy rain caused severe flooding across the whole river valley earlier this week.",
        "“The levees of this valley are a serious matter. Act now.”")]
    public void Summarize_QuoteCutBySplitter_KeptWhole(string lead, string quote)
    {
        var summary = Analyzer.Analyze(string.Empty, lead + "\n\n" + quote).Summary;

        Assert.Equal(lead + " " + quote, summary);
    }

    [Theory]
    [InlineData("« Les digues sont une chose sérieuse.", "Les pluies ont provoqué des crues importantes dans toute la vallée du Rhône cette semaine.", "« Les digues sont une chose sérieuse. {0} Si elles cèdent, des milliers de maisons seront inondées », a déclaré le préfet.")]
    [InlineData("“The levees are a serious matter.", "Heavy rain caused severe flooding across the whole river valley earlier this week.", "“The levees are a serious matter. {0} If they fail, thousands of homes will be flooded,” the governor said.")]
    public void Summarize_QuoteTooLongToKeepWhole_IsSkipped(string opening, string lead, string quoteFormat)
    {
        var filler = string.Join(' ', Enumerable.Repeat(lead, 4));
        var text = lead + "\n\n" + string.Format(System.Globalization.CultureInfo.InvariantCulture, quoteFormat, filler);

        var summary = Analyzer.Analyze(string.Empty, text).Summary;

        Assert.StartsWith(lead, summary, StringComparison.Ordinal);
        Assert.DoesNotContain(opening, summary, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(
        "Les pompiers ont évacué trois cents habitants du quartier pendant la nuit de mardi.",
        "« Nous avons fait au plus vite », a-t-elle déclaré à la radio locale. .",
        "« Nous avons fait au plus vite », a-t-elle déclaré à la radio locale.")]
    [InlineData(
        "Firefighters evacuated three hundred residents from the district overnight on Tuesday.",
        "“We moved as fast as we could,” she told the local radio station. .",
        "“We moved as fast as we could,” she told the local radio station.")]
    public void Summarize_StrayMarkAfterFinalStop_IsDropped(string lead, string sentence, string expected)
    {
        var summary = Analyzer.Analyze(string.Empty, lead + "\n\n" + sentence).Summary;

        Assert.Equal(lead + " " + expected, summary);
    }

    [Theory]
    [InlineData(
        "Des crues historiques dans la vallée du Rhône ?",
        "Les pluies ont provoqué des crues importantes dans toute la vallée du Rhône cette semaine.",
        "Les secours ont évacué des centaines d’habitants vers les gymnases des communes voisines.")]
    [InlineData(
        "Is the river valley facing its worst floods in a century?",
        "Heavy rain caused severe flooding across the whole river valley earlier this week.",
        "Rescue teams moved hundreds of residents to school gyms in the neighbouring towns.")]
    public void Summarize_QuestionOnItsOwnLine_IsAHeadingNotASummarySentence(string question, string first, string second)
    {
        var summary = Analyzer.Analyze(string.Empty, question + "\n\n" + first + "\n\n" + second).Summary;

        Assert.Equal(first + " " + second, summary);
    }

    [Fact]
    public void Summarize_QuestionInsideProse_StaysAvailable()
    {
        var text = "Les pluies ont provoqué des crues importantes dans la vallée du Rhône. Faut-il rehausser toutes les digues de la vallée ? Le préfet étudie la question avec les maires.";

        var summary = Analyzer.Analyze(string.Empty, text).Summary;

        Assert.Contains("Faut-il rehausser toutes les digues de la vallée ?", summary, StringComparison.Ordinal);
    }

    [Fact]
    public void Summarize_LeadWithoutFigure_IsKeptFirst()
    {
        var lead = "Les pluies ont provoqué des crues importantes dans toute la vallée du Rhône cette semaine.";
        var text = string.Join('\n', lead,
            "Selon la préfecture, 3 000 habitants ont été évacués vers des gymnases de la ville.",
            "Les pompiers ont mené 450 interventions et 1 200 foyers restent privés d'électricité.",
            "Le trafic ferroviaire reste interrompu entre 12 gares de la vallée jusqu'à lundi.");

        var summary = Analyzer.Analyze(string.Empty, text).Summary;

        Assert.StartsWith(lead, summary, StringComparison.Ordinal);
    }

    [Fact]
    public void Summarize_SentenceThatTellsTheTitle_IsChosenFarFromTheTop()
    {
        var text = string.Join('\n',
            "La circulation a repris dimanche matin en Isère après les fortes chutes de neige de la nuit.",
            "Ces perturbations ont été provoquées par des chutes de neige imparfaitement anticipées.",
            "L'autoroute a été rouverte dimanche vers 9H mais les équipements spéciaux restent recommandés.",
            "Une centaine de véhicules avaient été bloqués et progressivement dégagés entre minuit et 2 heures.",
            "Quatre salles des fêtes avaient été mises à disposition par les municipalités de la vallée.",
            "Trois routes secondaires restaient coupées dimanche matin dans le nord du département.",
            "En Savoie, 900 étudiants belges ont passé une partie de la nuit dehors dans la station, selon les pompiers.");

        var summary = Analyzer.Analyze("Savoie : 900 étudiants belges ont dû passer la nuit dehors", text).Summary;

        Assert.Contains("900 étudiants belges", summary, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Près de trois cents personnes ont été placées en garde à vue après les incidents de la nuit, a indiqué lundi le ministère. Les 12 autres sont mises en cause pour des violences (afp/nxp)")]
    [InlineData("Coupure de courant géante dans tout le quartier nord de la ville depuis ce matin")]
    [InlineData("Coupure de courant")]
    [InlineData("12 345 678")]
    [InlineData("!!! ??? ...")]
    public void Summarize_ArticleWithoutAProseSentence_IsNeverEmpty(string text) =>
        Assert.NotEmpty(Analyzer.Analyze(string.Empty, text).Summary);

    [Fact]
    public void Summarize_EmbeddedPostAndCredit_NeverInSummary()
    {
        var text = string.Join('\n',
            "Heavy rain caused severe flooding across the whole river valley earlier this week.",
            "Rescue teams moved hundreds of residents to school gyms in the neighbouring towns.",
            "Look at the water in the streets of our town tonight #floods pic.twitter.com/abc123 — Jane (@jane) May 3, 2024.",
            "(Reporting by Kabul Bureau; Editing by Andrew Heavens.)");

        var summary = Analyzer.Analyze(string.Empty, text).Summary;

        Assert.DoesNotContain("pic.twitter", summary, StringComparison.Ordinal);
        Assert.DoesNotContain("Reporting by", summary, StringComparison.Ordinal);
    }
}

using NewsBot.Core.Text;

namespace NewsBot.Core.Sources;

/// <summary>Sorts a cited name into media, official, organization or person by the words it is made of.</summary>
internal static class SourceClassifier
{
    private static readonly WordSet MediaWords = new(
        "reuters afp ap apnews bloomberg cnn bbc cbc kcna yonhap tass ria xinhua nhk media medias journal journaux " +
        "agence newspaper news presse radio television tv times post guardian monde figaro liberation spravdi france24 " +
        "franceinfo bfmtv lci tf1 nytimes wsj cnbc abc nbc cbs fox dpa efe ansa interfax reuter belga parisien echos " +
        "reporter telegraph independent economist nouvelobs express bfm rtl europe1 francetv quotidien hebdomadaire " +
        "magazine press");

    private static readonly WordSet OfficialWords = new(
        "ministre ministere minister ministry gouvernement government president presidente secretaire secretary " +
        "porte-parole spokesperson spokesman spokeswoman pentagone pentagon kremlin maison-blanche autorites authorities " +
        "responsables responsable officials official armee army military police prefecture prefet senateur senator depute " +
        "renseignement renseignements intelligence services service ambassade embassy ambassadeur ambassador maire mayor " +
        "general commandant chancelier chancellor premier affaires departement department conseil council estimations " +
        "gendarmerie pompiers firefighters meteo-france meteo etat state cabinet prefet parquet procureur prosecutor " +
        "prosecutors insee usgs eurostat");

    private static readonly WordSet OrganizationWords = new(
        "otan nato onu un ue eu center centre institut institute universite university college fondation foundation " +
        "association ong ngo company societe groupe group inc corp ltd banque bank fonds fund organisation organization " +
        "program programme alliance union federation commission agency operateur operator ligue league movement " +
        "administration bureau office authority committee board court tribunal parliament congress senate assembly " +
        "institutes reserve " +
        "mouvement party parti front coalition campaign relations associates partners research analytics consulting " +
        "capital holdings");

    private static readonly WordSet Determiners = new(
        "one two three four five several some many most few his her their its our my your the a an this that these " +
        "those un une deux trois plusieurs certains quelques son sa ses leur leurs notre nos le la les ce cette ces");

    /// <summary>Titles of office holders: with a name after them the phrase is a person ("Foreign Minister Wang Yi").</summary>
    private static readonly WordSet PersonTitles = new(
        "president presidente minister ministre secretary secretaire chancellor chancelier spokesman spokeswoman " +
        "spokesperson porte-parole general commandant mayor maire senator senateur depute ambassador ambassadeur " +
        "governor gouverneur sheriff sherif chief chef constable prefet premier king queen prince pope judge juge " +
        "prosecutor procureur director directeur");

    /// <summary>Nouns for people or bodies that speak without a name: "les experts", "economists", "witnesses".</summary>
    private static readonly WordSet SpeakerWords = new(
        "experts expert analystes analyste analysts analyst economists economist economistes economiste sources source " +
        "temoins temoin witnesses witness habitants residents medecins doctors enqueteurs investigators secouristes " +
        "rescuers sauveteurs organisateurs organizers syndicat syndicats unions chercheurs researchers scientists " +
        "scientifiques porte-parole spokesperson spokesman spokeswoman proche proches entourage people quotidien " +
        "hebdomadaire magazine daily");

    /// <summary>
    /// Bodies a lower-case phrase may name on its own ("la banque centrale", "l'institut"); "the company",
    /// "the carrier", "le groupe" stand for a name given elsewhere and are not sources by themselves.
    /// </summary>
    private static readonly WordSet NamingBodies = new(
        "bank banque fund fonds institut institute universite university ong ngo fondation foundation commission " +
        "federation union agency agence");

    public static SourceKind Classify(string name)
    {
        var folded = FoldTable.Fold(name);
        if (IsTitledPerson(name, folded))
        {
            return SourceKind.Person;
        }

        var media = false;
        var official = false;
        var organization = false;
        foreach (var range in folded.AsSpan().Split(' '))
        {
            var word = folded.AsSpan()[range].Trim("()'\".,");
            media |= MediaWords.Contains(word);
            official |= OfficialWords.Contains(word);
            organization |= OrganizationWords.Contains(word);
        }

        if (media)
        {
            return SourceKind.Media;
        }

        if (official)
        {
            return SourceKind.Official;
        }

        if (organization)
        {
            return SourceKind.Organization;
        }

        return LooksLikePersonName(name) ? SourceKind.Person : SourceKind.Organization;
    }

    /// <summary>
    /// Whether a phrase can name a source: a capitalized word ("Enedis", "Mr Brown") or a word for a body or a
    /// speaker ("la préfecture", "security official", "les experts"); clause words ("when it", "later",
    /// "carrier", "année") are neither.
    /// </summary>
    public static bool IsPlausible(string name)
    {
        var folded = FoldTable.Fold(name);
        foreach (var range in name.AsSpan().Split(' '))
        {
            // "One man", "Several people", "His wife": a capital that starts a sentence names nobody.
            var word = name.AsSpan()[range];
            if (word.Length > 0 && char.IsUpper(word[0]) && !Determiners.Contains(folded.AsSpan()[range]))
            {
                return true;
            }
        }

        foreach (var range in folded.AsSpan().Split(' '))
        {
            var word = folded.AsSpan()[range].Trim("()'\".,");
            if (IsHeadWord(word))
            {
                return true;
            }

            // "high-ranking", "sapeurs-pompiers": a compound names a body if one of its parts does.
            foreach (var part in word.Split('-'))
            {
                if (IsHeadWord(word[part]))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>"U.S. President Donald Trump", "Sheriff Lombardo": an office holder's title, then a name that is no body's.</summary>
    private static bool IsTitledPerson(string name, string folded)
    {
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var foldedWords = folded.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length < 2 || words.Length != foldedWords.Length)
        {
            return false;
        }

        var last = foldedWords[^1];
        if (!char.IsUpper(words[^1][0]) || MediaWords.Contains(last) || OfficialWords.Contains(last) || OrganizationWords.Contains(last))
        {
            return false;
        }

        for (var k = 0; k < foldedWords.Length - 1; k++)
        {
            if (PersonTitles.Contains(foldedWords[k]) && char.IsUpper(words[k + 1][0]) && !OfficialWords.Contains(foldedWords[k + 1]) &&
                !OrganizationWords.Contains(foldedWords[k + 1]) && !MediaWords.Contains(foldedWords[k + 1]) && foldedWords[k + 1] is not ("of" or "de" or "du"))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a folded word names or ends an outlet's name ("Reuters", "News", "Radio").</summary>
    public static bool IsMediaWord(ReadOnlySpan<char> folded) => MediaWords.Contains(folded);

    /// <summary>Whether a phrase holds a word that names a kind of body ("Review Commission", "Le Parisien").</summary>
    public static bool HasKeyword(string name)
    {
        var folded = FoldTable.Fold(name);
        foreach (var range in folded.AsSpan().Split(' '))
        {
            var word = folded.AsSpan()[range].Trim("()'\".,");
            if (MediaWords.Contains(word) || OfficialWords.Contains(word) || OrganizationWords.Contains(word))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a folded word names a body or a speaker: "police", "ministry", "officials", "sources".</summary>
    public static bool IsHeadWord(ReadOnlySpan<char> word) =>
        MediaWords.Contains(word) || OfficialWords.Contains(word) || NamingBodies.Contains(word) || SpeakerWords.Contains(word);

    /// <summary>Two to four capitalized words ("Alina Frolova", "Kim Jong-un") or a single surname after a first mention.</summary>
    public static bool LooksLikePersonName(string name)
    {
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length > 4)
        {
            return false;
        }

        foreach (var word in words)
        {
            if (!char.IsUpper(word[0]) || (word.Length > 1 && word.All(char.IsUpper)))
            {
                return false;
            }
        }

        return true;
    }
}

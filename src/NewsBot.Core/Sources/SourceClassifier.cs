using NewsBot.Core.Text;

namespace NewsBot.Core.Sources;

/// <summary>Sorts a cited name into media, official, organization or person by the words it is made of.</summary>
internal static class SourceClassifier
{
    private static readonly WordSet MediaWords = new(
        "reuters afp ap apnews bloomberg cnn bbc cbc kcna yonhap tass ria xinhua nhk media medias journal journaux " +
        "agence newspaper news presse radio television tv times post guardian monde figaro liberation spravdi france24 " +
        "franceinfo bfmtv lci tf1 nytimes wsj cnbc abc nbc cbs fox dpa efe ansa interfax");

    private static readonly WordSet OfficialWords = new(
        "ministre ministere minister ministry gouvernement government president presidente secretaire secretary " +
        "porte-parole spokesperson spokesman spokeswoman pentagone pentagon kremlin maison-blanche autorites authorities " +
        "responsables responsable officials official armee army military police prefecture prefet senateur senator depute " +
        "renseignement renseignements intelligence services service ambassade embassy ambassadeur ambassador maire mayor " +
        "general commandant chancelier chancellor premier affaires departement department conseil council estimations " +
        "gendarmerie pompiers firefighters meteo-france etat state");

    private static readonly WordSet OrganizationWords = new(
        "otan nato onu un ue eu center centre institut institute universite university college fondation foundation " +
        "association ong ngo company societe groupe group inc corp ltd banque bank fonds fund organisation organization " +
        "program programme alliance union federation commission agency");

    public static SourceKind Classify(string name)
    {
        var folded = FoldTable.Fold(name);
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

using NewsBot.Core.Text;

namespace NewsBot.Core.Language;

/// <summary>Function words of French and English, folded; they identify the language and are no content.</summary>
internal static class StopWords
{
    public const byte FrenchFlag = 1;
    public const byte EnglishFlag = 2;

    public static readonly WordSet French = new(FrenchList);

    public static readonly WordSet English = new(EnglishList);

    private const string FrenchList =
        "le la les l' un une des du de d' et ou mais donc car ni que qu' qui quoi dont ou au aux ce cet cette ces " +
        "son sa ses leur leurs mon ma mes ton ta tes notre nos votre vos il elle ils elles on nous vous je j' tu " +
        "se s' sur sous dans par pour avec sans entre vers chez en y ne n' pas plus moins tres aussi deja encore " +
        "est sont etait etaient sera seront serait seraient a ont avait avaient aura auront aurait auraient ete etre avoir " +
        "fait faire comme si lors apres avant depuis pendant selon contre alors tout tous toute toutes meme autre autres " +
        "c' ceci cela ca lui eux m' t' jusqu' lorsqu' puisqu' quand ainsi dont cependant toutefois";

    private const string EnglishList =
        "the a an and or but so nor of to in on at by for with without from into onto over under about as than " +
        "that which who whom whose what when where why how this these those it its he she they them his her their " +
        "we our you your i me my is are was were be been being has have had do does did will would shall should " +
        "can could may might must not no yes if then there here also just only very more most less such each both " +
        "all any some one up out off again after before since while during per via";

    /// <summary>Both lists in one map (1 French, 2 English, 3 both), so one lookup serves a word.</summary>
    public static readonly WordMap<byte> Either = Merge();

    public static bool IsStopWord(ReadOnlySpan<char> folded) => Either.TryGet(folded, out _);

    private static WordMap<byte> Merge()
    {
        var map = new Dictionary<string, byte>(StringComparer.Ordinal);
        foreach (var word in FrenchList.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            map[word] = FrenchFlag;
        }

        foreach (var word in EnglishList.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            map[word] = (byte)(map.GetValueOrDefault(word) | EnglishFlag);
        }

        return new WordMap<byte>(map);
    }
}

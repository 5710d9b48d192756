namespace NewsBot.Benchmarks.Match;

/// <summary>
/// Words for generated articles and subscriptions: topics of world news as clusters of related words
/// in French and English (subscriptions and articles on one topic share its words), a long tail of
/// made-up proper names (towns, people, companies) attached to the topics, and function and common
/// words, including those of the seeds, for the rest of the prose.
/// </summary>
internal sealed class Vocabulary
{
    private static readonly string[][] TopicWords =
    [
        ["Ukraine", "Russie", "Kiev", "Moscou", "front", "troupes", "soldats", "Koursk", "Donetsk", "offensive", "Zelensky", "Poutine", "drones", "missiles", "artillerie"],
        ["North Korea", "Corée du Nord", "nord-coréens", "Pyongyang", "Kim Jong-un", "Séoul", "South Korea", "missile", "nuclear", "troops", "soldiers", "DPRK"],
        ["Gaza", "Israel", "Israël", "Hamas", "Hezbollah", "Liban", "otages", "hostages", "ceasefire", "cessez-le-feu", "Netanyahu", "Jérusalem", "Cisjordanie"],
        ["United States", "États-Unis", "White House", "Maison Blanche", "Congress", "Senate", "election", "élection", "Trump", "Harris", "Republicans", "Democrats", "vote"],
        ["inflation", "taux", "interest rates", "BCE", "Federal Reserve", "croissance", "récession", "chômage", "unemployment", "marchés", "bourse", "dollar", "euro"],
        ["climat", "climate", "COP", "émissions", "emissions", "carbone", "carbon", "réchauffement", "warming", "canicule", "heatwave", "sécheresse", "drought"],
        ["séisme", "earthquake", "tremblement de terre", "magnitude", "Japon", "Japan", "Turquie", "Turkey", "secours", "rescue", "victimes", "victims", "tsunami"],
        ["inondations", "floods", "tempête", "storm", "ouragan", "hurricane", "Valence", "Valencia", "pluies", "rain", "évacuation", "evacuation"],
        ["intelligence artificielle", "artificial intelligence", "OpenAI", "Google", "Microsoft", "Nvidia", "puces", "chips", "semiconducteurs", "semiconductors", "données", "data"],
        ["Tesla", "Apple", "Amazon", "Meta", "résultats", "earnings", "revenue", "chiffre d'affaires", "bénéfice", "profit", "actions", "shares", "licenciements", "layoffs"],
        ["France", "Assemblée nationale", "gouvernement", "Premier ministre", "Macron", "Barnier", "budget", "motion de censure", "Sénat", "députés", "réforme", "retraites"],
        ["China", "Chine", "Pékin", "Beijing", "Xi Jinping", "Taiwan", "Taïwan", "tariffs", "droits de douane", "exportations", "exports", "trade war"],
        ["Iran", "Téhéran", "Tehran", "nucléaire", "uranium", "AIEA", "IAEA", "sanctions", "Gardiens de la révolution", "Revolutionary Guards", "drones"],
        ["OTAN", "NATO", "Alliance", "Rutte", "défense", "defence", "budget militaire", "military spending", "Pologne", "Poland", "Baltes", "Baltic"],
        ["football", "Ligue des champions", "Champions League", "PSG", "Real Madrid", "Mbappé", "transfert", "transfer", "coupe du monde", "World Cup", "but", "goal"],
        ["santé", "health", "OMS", "WHO", "épidémie", "epidemic", "vaccin", "vaccine", "hôpital", "hospital", "grippe", "flu", "mpox", "covid"],
        ["espace", "space", "NASA", "SpaceX", "fusée", "rocket", "lancement", "launch", "Lune", "Moon", "Mars", "satellite", "astronautes"],
        ["énergie", "energy", "pétrole", "oil", "gaz", "gas", "OPEP", "OPEC", "nucléaire civil", "EDF", "électricité", "electricity", "prix de l'énergie"],
        ["migrants", "migration", "frontière", "border", "asile", "asylum", "Méditerranée", "Mediterranean", "Lampedusa", "Frontex", "réfugiés", "refugees"],
        ["Union européenne", "European Union", "Bruxelles", "Brussels", "Commission européenne", "von der Leyen", "Parlement européen", "directive", "eurodéputés"],
        ["Soudan", "Sudan", "Khartoum", "Darfour", "Darfur", "RSF", "famine", "humanitarian", "humanitaire", "ONU", "UN", "Security Council"],
        ["Venezuela", "Maduro", "Caracas", "opposition", "Machado", "élection présidentielle", "fraud", "fraude", "manifestations", "protests"],
        ["agriculture", "agriculteurs", "farmers", "Mercosur", "blé", "wheat", "récoltes", "harvest", "engrais", "fertilizer", "PAC"],
        ["justice", "procès", "trial", "tribunal", "court", "condamné", "sentenced", "verdict", "avocat", "lawyer", "enquête", "investigation"],
        ["cyberattaque", "cyberattack", "hackers", "pirates", "rançongiciel", "ransomware", "fuite de données", "data breach", "ANSSI", "vulnérabilité"],
        ["Olympics", "Jeux olympiques", "JO", "médaille", "medal", "athlètes", "athletes", "Paris 2024", "record", "finale", "final"],
    ];

    private static readonly string FrenchProse =
        "le la les de des du un une et à en pour sur dans par avec que qui ne pas plus a est sont été être avoir fait selon " +
        "aussi mais ou où comme leur leurs cette ces son sa ses il elle ils elles on nous depuis après avant lors entre contre " +
        "vers sous sans déjà encore très tout tous toute autre autres même jour jours semaine mois année années temps fois " +
        "pays région ville monde gens partie place cas question moment situation rapport déclaré affirmé indiqué annoncé " +
        "estimé expliqué précisé ajouté souligné confirmé dernier dernière premier première nouveau nouvelle grand grande " +
        "petit important importante possible public publique national nationale international internationale officiel " +
        "responsables autorités experts observateurs analystes habitants population décision projet programme mesure mesures";

    private static readonly string EnglishProse =
        "the a an of to in and for on with by at from that which who is are was were be been has have had said says would " +
        "could will also but or as than more most after before during since while about over under between against into " +
        "its their his her they he she we it this these those there new first last year years week month day days time " +
        "country region city world people part place case question report officials authorities experts analysts residents " +
        "statement decision plan program measures government public national international official according added " +
        "told announced confirmed expected including however still already several many some other another major";

    public Vocabulary(IEnumerable<string> seedTexts, int longTailNames, Random random)
    {
        Topics = TopicWords;
        // The long tail: the people, towns and companies of each topic, that a few subscribers follow
        // and a few articles mention.
        Names = TopicWords.Select(_ => Enumerable.Range(0, longTailNames / TopicWords.Length).Select(_ => MadeUpName(random)).ToArray()).ToArray();
        var seedWords = seedTexts
            .SelectMany(t => t.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
            .Select(w => w.Trim('.', ',', ';', ':', '«', '»', '“', '”', '"', '(', ')', '!', '?'))
            .Where(w => w.Length > 0)
            .ToArray();
        French = FrenchProse.Split(' ').Concat(seedWords).ToArray();
        English = EnglishProse.Split(' ').ToArray();
    }

    /// <summary>Each topic's common words, most talked about first.</summary>
    public IReadOnlyList<string[]> Topics { get; }

    /// <summary>Each topic's long tail of names.</summary>
    public IReadOnlyList<string[]> Names { get; }

    public IReadOnlyList<string> French { get; }

    public IReadOnlyList<string> English { get; }

    private static string MadeUpName(Random random)
    {
        string[] syllables = ["ka", "lo", "mir", "van", "dor", "el", "sa", "tin", "bre", "ux", "na", "ro", "vel", "gar", "zi", "mon", "tes", "qua", "lin", "ber"];
        var name = string.Concat(Enumerable.Range(0, random.Next(3, 5)).Select(_ => syllables[random.Next(syllables.Length)]));
        return char.ToUpperInvariant(name[0]) + name[1..];
    }
}

using NewsBot.Core.Text;

namespace NewsBot.Core.Sources;

/// <summary>Words that introduce who says something, folded; participles fold to the same form as the present.</summary>
internal static class SourceCues
{
    /// <summary>Speech verbs: "X a déclaré", "X affirme que", "», dit X", "X said", "said X".</summary>
    public static readonly WordSet SpeechVerbs = new(
        "declare declarent affirme affirment indique indiquent indiquant annonce annoncent precise precisent explique " +
        "ajoute revele revelent confirme confirment estime estiment assure assurent rapporte rapportent avertit averti " +
        "souligne suggere suggerent dit disent ecrit raconte signale signalent note prevenu previent reconnu reconnait " +
        "insiste martele juge jugent " +
        "said says say told stated announced reported estimated estimates warned added confirmed wrote noted explained " +
        "claimed claims suggest suggests suggested");

    /// <summary>Every word that can start a cue, to skip all other words with one lookup.</summary>
    public static readonly WordSet CueStarts = new(
        "selon apres according rapports rapport reports report " +
        "declare declarent affirme affirment indique indiquent indiquant annonce annoncent precise precisent explique " +
        "ajoute revele revelent confirme confirment estime estiment assure assurent rapporte rapportent avertit averti " +
        "souligne suggere suggerent dit disent ecrit raconte signale signalent note prevenu previent reconnu reconnait " +
        "insiste martele juge jugent said says say told stated announced reported estimated estimates warned added " +
        "confirmed wrote noted explained claimed claims suggest suggests suggested");

    public static readonly WordSet Auxiliaries = new("a ont avait avaient aurait auraient has have had a-t-il a-t-elle ont-ils ont-elles");

    /// <summary>Pronouns that stand for the last person named.</summary>
    public static readonly WordSet Pronouns = new("il elle he she celui-ci celle-ci");

    /// <summary>Pronouns that name nobody in particular ("on estime que", "they say").</summary>
    public static readonly WordSet Impersonal = new(
        "on ils elles nous je j' vous they we i you it ce cela c' certains some many beaucoup rien nothing personne nobody " +
        "source sources");

    /// <summary>Words of a verb phrase: a subject ends before them ("Poutine n’a pas reconnu", "La Corée se dit").</summary>
    public static readonly WordSet Verbal = new("n' ne pas a ont est sont se s' has have had is are was were not did does do");

    /// <summary>A speech verb in the present needs what is said after it: "assure que", "says:", not "souligne l’impuissance".</summary>
    public static readonly WordSet SaidIntroducers = new("que qu' that : « “ \" ,");

    /// <summary>English verbs that report speech on their own.</summary>
    public static readonly WordSet AlwaysSpeech = new("said says told stated announced reported warned wrote");

    /// <summary>Words before a speech verb that make its subject follow it: "comme l’explique X", "as X said".</summary>
    public static readonly WordSet InversionMarkers = new("l' comme as ainsi");

    /// <summary>Words that end the subject of a speech verb going backwards.</summary>
    public static readonly WordSet SubjectBoundaries = new("que qu' qui dont mais et ou car that which who whom but and or while as puis");

    /// <summary>Leading words stripped from a source name.</summary>
    public static readonly WordSet Leading = new(
        "le la les l' un une des du de d' the a an suite a à selon d'apres apres according to par by dans in en on pour " +
        "cette ce cet ces this that these those ainsi meme aussi also egalement but mais et and enfin recemment");

    /// <summary>Words that end a source name going forwards (after "selon", or after an inverted verb).</summary>
    public static readonly WordSet NameEnds = new(
        "que qu' qui dont lors sur dans a à en au aux pour avec mercredi jeudi vendredi samedi dimanche lundi mardi " +
        "that who which on in at to during with for about monday tuesday wednesday thursday friday saturday sunday " +
        "hier yesterday today aujourd'hui mardi ce cette this last");

    /// <summary>"selon laquelle", "according to which": relatives, not sources.</summary>
    public static readonly WordSet NotNames = new("laquelle lequel lesquels lesquelles lui eux moi nous which whom");

    /// <summary>Heads of official bodies, for sentences that name one without a speech verb.</summary>
    public static readonly WordSet OfficialHeads = new(
        "services renseignement renseignements ministere ministry armee army military gouvernement government autorites " +
        "authorities responsables officials police pompiers firefighters prefecture pentagone pentagon kremlin " +
        "maison-blanche otan nato agence agency institut insee meteo-france porte-parole spokesperson spokesman spokeswoman");
}

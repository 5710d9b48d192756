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
        "insiste martele juge jugent conclut concluent poursuit poursuivent commente commentent " +
        "said says say told stated announced reported estimated estimates warned added confirmed wrote noted explained " +
        "claimed claims suggest suggests suggested argued argues projected forecast forecasted predicted");

    /// <summary>Every word that can start a cue, to skip all other words with one lookup.</summary>
    public static readonly WordSet CueStarts = new(
        "selon apres according rapports rapport reports report " +
        "declare declarent affirme affirment indique indiquent indiquant annonce annoncent precise precisent explique " +
        "ajoute revele revelent confirme confirment estime estiment assure assurent rapporte rapportent avertit averti " +
        "souligne suggere suggerent dit disent ecrit raconte signale signalent note prevenu previent reconnu reconnait " +
        "insiste martele juge jugent conclut concluent poursuit poursuivent commente commentent said says say told " +
        "stated announced reported estimated estimates warned added confirmed wrote noted explained claimed claims " +
        "suggest suggests suggested argued argues projected forecast forecasted predicted " +
        "citing citant etat figures data statistics chiffres donnees statistiques " +
        "released published compiled recorded measured issued calculated enregistre mesure publie publies publiee " +
        "publiees communique communiques fourni fournis fournies calcule recense recenses diffuse diffuses " +
        "enregistree enregistrees enregistres mesuree mesurees communiquee communiquees calculee calculees recensee " +
        "recensees diffusee diffusees");

    public static readonly WordSet Auxiliaries = new("a ont avait avaient aurait auraient has have had a-t-il a-t-elle ont-ils ont-elles");

    /// <summary>Pronouns that stand for the last person named.</summary>
    public static readonly WordSet Pronouns = new("il elle he she celui-ci celle-ci");

    /// <summary>Pronouns that name nobody in particular ("on estime que", "they say").</summary>
    public static readonly WordSet Impersonal = new(
        "on ils elles nous je j' vous they we i you it ce cela c' certains some many beaucoup rien nothing personne nobody " +
        "i've i'd i'm i'll we've we'd they've they'd you've " +
        "source sources");

    /// <summary>Words of a verb phrase: a subject ends before them ("Poutine n’a pas reconnu", "La Corée se dit").</summary>
    public static readonly WordSet Verbal = new(
        "n' ne pas a ont est sont se s' has have had is are was were not did does do avait avaient aurait auraient " +
        "etait etaient sera seront would could should will may might can");

    /// <summary>A speech verb in the present needs what is said after it: "assure que", "says:", not "souligne l’impuissance".</summary>
    public static readonly WordSet SaidIntroducers = new("que qu' that : « “ \" ,");

    /// <summary>English verbs that report speech on their own.</summary>
    public static readonly WordSet AlwaysSpeech = new("said says told stated announced reported warned wrote argued argues projected forecast forecasted predicted");

    /// <summary>Participles whose agent is the source: "reported by the interior ministry", "enregistré par l’USGS".</summary>
    public static readonly WordSet AgentParticiples = new(
        "reported released published compiled recorded measured issued calculated estimated announced " +
        "enregistre mesure publie publies publiee publiees communique communiques fourni fournis fournies calcule " +
        "recense recenses diffuse diffuses estime annonce rapporte enregistree enregistrees enregistres mesuree " +
        "mesurees communiquee communiquees calculee calculees recensee recensees diffusee diffusees");

    /// <summary>"by", "par": the word that introduces a passive agent.</summary>
    public static readonly WordSet AgentMarkers = new("by par");

    /// <summary>Adverbs between a subject and its speech verb: "X, a spokesman, later said", "X a également indiqué".</summary>
    public static readonly WordSet Adverbs = new(
        "later also earlier then previously further again recently meanwhile subsequently separately still " +
        "aussi egalement encore ensuite deja alors ailleurs enfin here there ici jusque-la");

    /// <summary>Figures someone publishes: "Labor Department figures show", "les chiffres de l’Insee montrent".</summary>
    public static readonly WordSet DataNouns = new("figures data statistics chiffres donnees statistiques");

    /// <summary>Verbs that make published figures say something.</summary>
    public static readonly WordSet ShowVerbs = new(
        "show shows showed shown indicate indicates indicated released published montre montrent indiquent revelent " +
        "publies publiees");

    /// <summary>What "selon" may introduce that is a rule, not someone: "selon les normes du BIT", "according to the definition".</summary>
    public static readonly WordSet Norms = new(
        "norme normes critere criteres definition definitions methode methodes methodologie standard standards norms " +
        "criteria methodology convention conventions regle regles rules termes terms");

    /// <summary>"a-t-on appris auprès de la préfecture", "précise-t-on chez le Premier": where an impersonal "on" heard it.</summary>
    public static readonly WordSet ImpersonalPlaces = new("aupres chez au aux a à du");

    /// <summary>Words that open a list of examples, before which a coordinated subject does not reach.</summary>
    public static readonly WordSet ListOpeners = new("including notamment dont such comme");

    /// <summary>Words before a speech verb that make its subject follow it: "comme l’explique X", "as X said".</summary>
    public static readonly WordSet InversionMarkers = new("l' comme as ainsi");

    /// <summary>Words that end the subject of a speech verb going backwards.</summary>
    public static readonly WordSet SubjectBoundaries = new(
        "que qu' qui dont mais et ou car that which who whom but and or while as puis when if after before because " +
        "since until although though once quand lorsque lorsqu' si puisque puisqu' tandis including notamment what " +
        "like");

    /// <summary>"et", "and": joins two sources of one cue ("ont ajouté les pompiers et la préfecture").</summary>
    public static readonly WordSet Conjunctions = new("et and");

    /// <summary>Leading words stripped from a source name.</summary>
    public static readonly WordSet Leading = new(
        "le la les l' un une des du de d' the a an suite a à selon d'apres apres according to par by dans in en on pour " +
        "cette ce cet ces this that these those ainsi meme aussi also egalement but mais et and enfin recemment from " +
        "with like at for");

    /// <summary>Words that end a source name going forwards (after "selon", or after an inverted verb).</summary>
    public static readonly WordSet NameEnds = new(
        "que qu' qui dont lors sur dans a à en au aux pour avec mercredi jeudi vendredi samedi dimanche lundi mardi " +
        "that who which on in at to during with for about monday tuesday wednesday thursday friday saturday sunday " +
        "hier yesterday today aujourd'hui mardi ce cette this last par by selon according");

    /// <summary>"selon laquelle", "according to which": relatives, not sources.</summary>
    public static readonly WordSet NotNames = new("laquelle lequel lesquels lesquelles lui eux moi nous which whom");

    /// <summary>Heads of official bodies, for sentences that name one without a speech verb.</summary>
    public static readonly WordSet OfficialHeads = new(
        "services renseignement renseignements ministere ministry armee army military gouvernement government autorites " +
        "authorities responsables officials police pompiers firefighters prefecture pentagone pentagon kremlin " +
        "maison-blanche otan nato agence agency institut insee meteo-france porte-parole spokesperson spokesman spokeswoman");
}

namespace NewsBot.Feeds.Text;

/// <summary>
/// Known boilerplate phrases in French and English, written folded (lower case, no accents, plain
/// apostrophes) as <see cref="PhraseKey.Of"/> produces them.
/// </summary>
internal static class BoilerplatePhrases
{
    /// <summary>A line that is exactly one of these is page chrome: skip links, share buttons, widgets.</summary>
    public static readonly IReadOnlySet<string> NavigationLines = new HashSet<string>(StringComparer.Ordinal)
    {
        "acceder au contenu principal", "acceder au contenu", "aller au contenu principal", "aller au contenu",
        "passer au contenu principal", "passer au contenu", "aller au menu", "aller a la recherche",
        "skip to main content", "skip to content", "skip to navigation", "jump to content",
        "pin it", "pin", "partager", "partager sur facebook", "partager sur twitter", "partager sur x",
        "partager sur linkedin", "partager sur whatsapp", "partager par e-mail", "partager par email",
        "partager cet article", "share", "share this", "share this article", "share this story",
        "share on facebook", "share on twitter", "share on x", "share on linkedin", "tweet", "tweeter",
        "envoyer par e-mail", "envoyer par email", "copier le lien", "lien copie", "copy link", "link copied",
        "imprimer", "print", "email", "e-mail", "s'abonner", "abonnez-vous", "subscribe", "sign up",
        "newsletter", "publicite", "advertisement", "sponsored", "contenu sponsorise", "menu", "rechercher",
        "search", "fermer", "close", "retour en haut", "back to top", "haut de page", "lire la suite",
        "read more", "voir plus", "see more", "continuer la lecture", "continue reading", "commentaires",
        "comments", "ecouter cet article", "listen to this article", "mode sombre", "dark mode",
        "se connecter", "connexion", "log in", "sign in", "ajouter a mes favoris", "sauvegarder", "save",
    };

    /// <summary>Words that make up share bars when they stand together: "Facebook Twitter LinkedIn".</summary>
    public static readonly IReadOnlySet<string> ShareWords = new HashSet<string>(StringComparer.Ordinal)
    {
        "facebook", "twitter", "x", "linkedin", "whatsapp", "telegram", "reddit", "pinterest", "email",
        "e-mail", "mail", "messenger", "bluesky", "threads", "mastodon", "flipboard", "print", "imprimer",
        "partager", "share", "copier", "copy", "lien", "link", "|", "/", "-", "•",
    };

    /// <summary>Headings that open a block of links to other stories, which runs until real text resumes.</summary>
    public static readonly IReadOnlySet<string> RelatedHeadings = new HashSet<string>(StringComparer.Ordinal)
    {
        "vous pouvez aussi aimer", "vous pourriez aussi aimer", "vous aimerez aussi", "vous aimerez aussi lire",
        "a lire aussi", "a lire egalement", "lire aussi", "lire egalement", "a voir aussi", "voir aussi",
        "a voir egalement", "a decouvrir aussi", "a decouvrir", "sur le meme sujet", "sur le meme theme",
        "dans la meme rubrique", "articles similaires", "articles lies", "articles recommandes",
        "recommande pour vous", "nos autres articles", "les plus lus", "les plus partages", "les plus commentes",
        "dernieres actualites", "plus d'actualites", "dans l'actualite", "en ce moment", "tendances",
        "read also", "also read", "related", "related articles", "related stories",
        "related posts", "related content", "related coverage", "more stories", "more on this story",
        "more from this section", "see also", "you may also like", "you might also like", "recommended",
        "recommended for you", "most read", "most popular", "trending", "latest news", "top stories",
    };

    /// <summary>A line opening with one of these is a link to another story or an embedded video.</summary>
    public static readonly IReadOnlyList<string> TeaserPrefixes =
    [
        "lire aussi", "a lire aussi", "lire egalement", "a lire egalement", "voir aussi", "a voir aussi",
        "regarder |", "regardez |", "video |", "ecouter |", "en images |", "read also", "read more", "also read",
        "related", "see also", "watch |", "watch:", "listen |", "more:", "podcast |",
    ];

    /// <summary>A trailing line containing one of these is the site's sign-off, not the article.</summary>
    public static readonly IReadOnlyList<string> SignOffMarkers =
    [
        "contactez-nous", "nous contacter", "options de sponsoring", "abonnez-vous a notre newsletter",
        "inscrivez-vous a notre newsletter", "tous droits reserves", "droits de reproduction",
        "contact us", "subscribe to our newsletter", "sign up for our newsletter", "all rights reserved",
        "appeared first on", "est apparu en premier sur",
    ];
}

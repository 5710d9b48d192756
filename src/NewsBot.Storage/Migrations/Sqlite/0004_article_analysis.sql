-- What the analyzer understood of each article, kept so alerts and chat queries need not analyze again.
-- Figures and sources are JSON arrays in the shape of Core's KeyFigure and CitedSource.
CREATE TABLE article_analysis (
    article_id          INTEGER PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,
    language            TEXT    NOT NULL,
    language_confidence REAL    NOT NULL,
    summary             TEXT    NOT NULL,
    figures_json        TEXT    NOT NULL,
    sources_json        TEXT    NOT NULL,
    figure_count        INTEGER NOT NULL
);

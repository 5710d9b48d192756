-- What the analyzer understood of each article. Figures and sources are JSON arrays kept as text, as in
-- SQLite: they are only ever read whole.
CREATE TABLE article_analysis (
    article_id          bigint           PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,
    language            text             NOT NULL,
    language_confidence double precision NOT NULL,
    summary             text             NOT NULL,
    figures_json        text             NOT NULL,
    sources_json        text             NOT NULL,
    figure_count        integer          NOT NULL
);

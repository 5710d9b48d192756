-- The hourly cleanup empties the text of articles whose stories have long gone quiet (Ingestion:KeepArticleTextDays,
-- ArticleTextHistory); the row stays as the feed's memory of the item. text_dropped_at says when, so that a reader
-- can tell a text emptied from one that never had words. The index holds only the articles still holding their
-- text, by age: finding the old ones reads as many rows as a batch takes, not every article ever emptied.
ALTER TABLE articles ADD COLUMN text_dropped_at INTEGER NULL;
CREATE INDEX ix_articles_text_kept ON articles (fetched_at) WHERE text_dropped_at IS NULL;

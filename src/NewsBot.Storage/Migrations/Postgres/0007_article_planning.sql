-- Set once an article's alerts are queued; an article stored but not planned is picked up by the next run.
ALTER TABLE articles ADD COLUMN planned_at bigint NULL;
UPDATE articles SET planned_at = fetched_at;
CREATE INDEX ix_articles_unplanned ON articles (id) WHERE planned_at IS NULL;

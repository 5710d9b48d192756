-- Set once an article's alerts are queued. An article stored but not planned (the process died in
-- between) is picked up by the next ingestion run, so no alert is lost to a crash.
ALTER TABLE articles ADD COLUMN planned_at INTEGER NULL;
UPDATE articles SET planned_at = fetched_at;
CREATE INDEX ix_articles_unplanned ON articles (id) WHERE planned_at IS NULL;

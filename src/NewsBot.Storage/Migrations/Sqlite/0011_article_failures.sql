-- An article whose analysis, story or planning threw: how many tries failed, the last reason and time, and
-- when it may be tried again. failure_count > 0 with retry_at NULL means left aside: only an operator's
-- retry (`newsbot failed --retry`) brings it back, so one bad article never blocks the others.
ALTER TABLE articles ADD COLUMN failure_count INTEGER NOT NULL DEFAULT 0;
ALTER TABLE articles ADD COLUMN failure_reason TEXT NULL;
ALTER TABLE articles ADD COLUMN failed_at INTEGER NULL;
ALTER TABLE articles ADD COLUMN retry_at INTEGER NULL;

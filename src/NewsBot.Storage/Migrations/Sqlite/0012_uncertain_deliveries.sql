-- A send whose platform answer was lost (issue 18): the delivery is 'uncertain' until Delivery:OnUncertain
-- settles it, and 'skipped' when it is closed without resending. uncertain_at keeps the first unknown outcome,
-- so an alert is never sent blind a third time.
-- SQLite cannot change a CHECK constraint in place: the table is rebuilt with the same columns in the same
-- order, the same ids (the delivery id is Discord's nonce), its AUTOINCREMENT counter and its indexes.
-- Nothing references deliveries, so dropping the old table touches no other row.

CREATE TABLE deliveries_new (
    id              INTEGER PRIMARY KEY AUTOINCREMENT,
    platform        TEXT    NOT NULL,
    channel_id      TEXT    NOT NULL,
    thread_id       TEXT    NOT NULL DEFAULT '',
    article_id      INTEGER NOT NULL REFERENCES articles (id),
    subscription_id INTEGER NOT NULL,
    status          TEXT    NOT NULL DEFAULT 'due' CHECK (status IN ('due', 'sent', 'dead', 'uncertain', 'skipped')),
    attempts        INTEGER NOT NULL DEFAULT 0,
    created_at      INTEGER NOT NULL,
    next_attempt_at INTEGER NOT NULL,
    lease_until     INTEGER NULL,
    message_id      TEXT    NULL,
    sent_at         INTEGER NULL,
    last_error      TEXT    NULL,
    story_id        INTEGER NULL REFERENCES stories (id),
    kind            TEXT    NOT NULL DEFAULT 'alert' CHECK (kind IN ('alert', 'update')),
    uncertain_at    INTEGER NULL,
    CONSTRAINT uq_deliveries_channel_article UNIQUE (platform, channel_id, thread_id, article_id)
);

INSERT INTO deliveries_new (
    id, platform, channel_id, thread_id, article_id, subscription_id, status, attempts, created_at,
    next_attempt_at, lease_until, message_id, sent_at, last_error, story_id, kind)
SELECT
    id, platform, channel_id, thread_id, article_id, subscription_id, status, attempts, created_at,
    next_attempt_at, lease_until, message_id, sent_at, last_error, story_id, kind
FROM deliveries;

-- The counter may be past the highest id still stored; a new delivery must never reuse an old id.
DELETE FROM sqlite_sequence WHERE name = 'deliveries_new';
INSERT INTO sqlite_sequence (name, seq) SELECT 'deliveries_new', seq FROM sqlite_sequence WHERE name = 'deliveries';

DROP TABLE deliveries;
ALTER TABLE deliveries_new RENAME TO deliveries;

CREATE INDEX ix_deliveries_due ON deliveries (status, next_attempt_at);
CREATE UNIQUE INDEX uq_deliveries_channel_story_alert
    ON deliveries (platform, channel_id, thread_id, story_id) WHERE kind = 'alert' AND story_id IS NOT NULL;

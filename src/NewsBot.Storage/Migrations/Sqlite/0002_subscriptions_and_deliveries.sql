-- Channels' topic subscriptions, and the outbox of alerts to post.

CREATE TABLE subscriptions (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    platform   TEXT    NOT NULL,
    channel_id TEXT    NOT NULL,
    -- '' rather than NULL when there is no thread: NULLs never collide, and the key below must.
    thread_id  TEXT    NOT NULL DEFAULT '',
    query      TEXT    NOT NULL,
    created_by TEXT    NULL,
    created_at INTEGER NOT NULL,
    paused     INTEGER NOT NULL DEFAULT 0 CHECK (paused IN (0, 1)),
    CONSTRAINT uq_subscriptions_channel_query UNIQUE (platform, channel_id, thread_id, query)
);

CREATE TABLE deliveries (
    id              INTEGER PRIMARY KEY AUTOINCREMENT,
    platform        TEXT    NOT NULL,
    channel_id      TEXT    NOT NULL,
    thread_id       TEXT    NOT NULL DEFAULT '',
    article_id      INTEGER NOT NULL REFERENCES articles (id),
    -- No foreign key: a channel may unsubscribe while its alert is still queued or after it was sent,
    -- and the delivery's history stays.
    subscription_id INTEGER NOT NULL,
    status          TEXT    NOT NULL DEFAULT 'due' CHECK (status IN ('due', 'sent', 'dead')),
    attempts        INTEGER NOT NULL DEFAULT 0,
    created_at      INTEGER NOT NULL,
    next_attempt_at INTEGER NOT NULL,
    -- Set while a worker is sending; a worker that dies leaves the row to be claimed again after it.
    lease_until     INTEGER NULL,
    message_id      TEXT    NULL,
    sent_at         INTEGER NULL,
    last_error      TEXT    NULL,
    -- The idempotency key: one alert per channel and article, however often matching runs.
    CONSTRAINT uq_deliveries_channel_article UNIQUE (platform, channel_id, thread_id, article_id)
);

CREATE INDEX ix_deliveries_due ON deliveries (status, next_attempt_at);

-- Feeds with their fetch state, and the articles read from them.
-- Times are INTEGER milliseconds since the Unix epoch, UTC.
-- AUTOINCREMENT so an id is never handed out twice, even after deletions (as a PostgreSQL identity).

CREATE TABLE feeds (
    id                   INTEGER PRIMARY KEY AUTOINCREMENT,
    name                 TEXT    NOT NULL,
    etag                 TEXT    NULL,
    last_modified        INTEGER NULL,
    consecutive_failures INTEGER NOT NULL DEFAULT 0,
    next_check_at        INTEGER NULL,
    last_success_at      INTEGER NULL,
    last_error           TEXT    NULL,
    disabled             INTEGER NOT NULL DEFAULT 0 CHECK (disabled IN (0, 1)),
    CONSTRAINT uq_feeds_name UNIQUE (name)
);

CREATE TABLE articles (
    id                       INTEGER PRIMARY KEY AUTOINCREMENT,
    feed_id                  INTEGER NOT NULL REFERENCES feeds (id),
    external_id              TEXT    NULL,
    link                     TEXT    NULL,
    canonical_link           TEXT    NULL,
    title                    TEXT    NOT NULL,
    text                     TEXT    NOT NULL,
    -- A publication date is kept as precise as its source gave it ("2024-10" stays a month), with the
    -- offset it was given in, so that the calendar date does not move when read back.
    published                INTEGER NULL,
    published_offset_minutes INTEGER NULL,
    published_precision      TEXT    NULL CHECK (published_precision IN ('year', 'month', 'day', 'instant')),
    content_hash             TEXT    NOT NULL,
    fetched_at               INTEGER NOT NULL,
    -- NULLs never collide in a UNIQUE constraint (SQLite and PostgreSQL alike): articles without a
    -- GUID or a link are told apart by the other keys.
    CONSTRAINT uq_articles_feed_external_id UNIQUE (feed_id, external_id),
    CONSTRAINT uq_articles_canonical_link UNIQUE (canonical_link),
    CONSTRAINT uq_articles_content_hash UNIQUE (content_hash),
    CONSTRAINT ck_articles_published CHECK ((published IS NULL) = (published_precision IS NULL))
);

CREATE INDEX ix_articles_fetched_at ON articles (fetched_at, id);

-- A platform adapter's own bookkeeping (e.g. the last Telegram update handled), kept across restarts.
CREATE TABLE platform_state (
    key        TEXT    NOT NULL PRIMARY KEY,
    value      TEXT    NOT NULL,
    updated_at INTEGER NOT NULL
);

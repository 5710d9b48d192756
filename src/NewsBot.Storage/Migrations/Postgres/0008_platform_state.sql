-- A platform adapter's own bookkeeping (e.g. the last Telegram update handled), kept across restarts and
-- shared by the nodes: whichever node polls next continues from it.
CREATE TABLE platform_state (
    key        text   NOT NULL PRIMARY KEY,
    value      text   NOT NULL,
    updated_at bigint NOT NULL
);

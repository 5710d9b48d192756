-- One row per digest subscription and window: a digest that fires twice is posted once.
CREATE TABLE digest_runs (
    subscription_id INTEGER NOT NULL,
    window_end      INTEGER NOT NULL,
    claimed_at      INTEGER NOT NULL,
    sent_at         INTEGER NULL,
    message_id      TEXT    NULL,
    PRIMARY KEY (subscription_id, window_end)
);

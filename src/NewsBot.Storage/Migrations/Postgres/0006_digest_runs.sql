-- One row per digest subscription and window: a digest that fires twice (or on two nodes) is posted once.
CREATE TABLE digest_runs (
    subscription_id bigint NOT NULL,
    window_end      bigint NOT NULL,
    claimed_at      bigint NOT NULL,
    sent_at         bigint NULL,
    message_id      text   NULL,
    PRIMARY KEY (subscription_id, window_end)
);

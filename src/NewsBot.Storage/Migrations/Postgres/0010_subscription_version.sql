-- A counter that every change to the subscriptions bumps, so a node can tell with one read whether its
-- topic index is stale instead of reloading every subscription.
CREATE TABLE subscription_version (
    id      INTEGER NOT NULL PRIMARY KEY CHECK (id = 1),
    version BIGINT  NOT NULL
);
INSERT INTO subscription_version (id, version) VALUES (1, 0);

CREATE FUNCTION bump_subscription_version() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE subscription_version SET version = version + 1 WHERE id = 1;
    RETURN NULL;
END
$$;

-- Per statement: one bump however many rows a statement changes (a chat's pause, a chat's move).
CREATE TRIGGER tr_subscriptions_changed AFTER INSERT OR UPDATE OR DELETE ON subscriptions
    FOR EACH STATEMENT EXECUTE FUNCTION bump_subscription_version();

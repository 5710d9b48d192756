-- A counter that every change to the subscriptions bumps, so a node can tell with one read whether its
-- topic index is stale instead of reloading every subscription.
CREATE TABLE subscription_version (
    id      INTEGER NOT NULL PRIMARY KEY CHECK (id = 1),
    version INTEGER NOT NULL
);
INSERT INTO subscription_version (id, version) VALUES (1, 0);

CREATE TRIGGER tr_subscriptions_inserted AFTER INSERT ON subscriptions
BEGIN
    UPDATE subscription_version SET version = version + 1 WHERE id = 1;
END;

CREATE TRIGGER tr_subscriptions_updated AFTER UPDATE ON subscriptions
BEGIN
    UPDATE subscription_version SET version = version + 1 WHERE id = 1;
END;

CREATE TRIGGER tr_subscriptions_deleted AFTER DELETE ON subscriptions
BEGIN
    UPDATE subscription_version SET version = version + 1 WHERE id = 1;
END;

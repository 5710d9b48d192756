-- Subscription options set by the subscribe command: instant alerts or a daily digest at a local time,
-- and the article languages the channel wants. Existing subscriptions stay instant, every language.

ALTER TABLE subscriptions ADD COLUMN mode TEXT NOT NULL DEFAULT 'instant' CHECK (mode IN ('instant', 'digest'));

-- Local time of the digest as 'HH:MM' (readable in the database); NULL for instant alerts.
ALTER TABLE subscriptions ADD COLUMN digest_at TEXT NULL;

-- IANA id ('Europe/Paris'); NULL means UTC.
ALTER TABLE subscriptions ADD COLUMN time_zone TEXT NULL;

-- Comma-separated language codes ('fr,en'); '' for every language.
ALTER TABLE subscriptions ADD COLUMN languages TEXT NOT NULL DEFAULT '';

-- Subscription options: instant alerts or a daily digest at a local time, and the article languages.

ALTER TABLE subscriptions ADD COLUMN mode text NOT NULL DEFAULT 'instant' CHECK (mode IN ('instant', 'digest'));

-- Local time of the digest as 'HH:MM'; NULL for instant alerts.
ALTER TABLE subscriptions ADD COLUMN digest_at text NULL;

-- IANA id ('Europe/Paris'); NULL means UTC.
ALTER TABLE subscriptions ADD COLUMN time_zone text NULL;

-- Comma-separated language codes ('fr,en'); '' for every language.
ALTER TABLE subscriptions ADD COLUMN languages text NOT NULL DEFAULT '';

-- Articles about the same event form a story; a channel gets one alert per story, then updates.

CREATE TABLE stories (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL
);

ALTER TABLE articles ADD COLUMN story_id INTEGER NULL REFERENCES stories (id);
ALTER TABLE articles ADD COLUMN story_joined_at INTEGER NULL;
CREATE INDEX ix_articles_story ON articles (story_id, story_joined_at);

-- 'alert' is the story's first post in a channel; 'update' tells the channel about a later article.
ALTER TABLE deliveries ADD COLUMN story_id INTEGER NULL REFERENCES stories (id);
ALTER TABLE deliveries ADD COLUMN kind TEXT NOT NULL DEFAULT 'alert' CHECK (kind IN ('alert', 'update'));

-- The idempotency key of alerts: one per channel and story, however many of its articles match.
CREATE UNIQUE INDEX uq_deliveries_channel_story_alert
    ON deliveries (platform, channel_id, thread_id, story_id) WHERE kind = 'alert' AND story_id IS NOT NULL;

-- A channel's daily cap and least spacing are of alerts (Delivery:DailyCapPerChannel, MinIntervalSecondsPerChannel),
-- but the count and the last send read every sent row, updates of stories already told included: edits, replies
-- and updates merged into their alert. Under a story retold all day a channel reached its cap of alerts on updates
-- alone, and its next stories waited for the next day. The count now reads the channel's sent alerts only, from an
-- index of those; 0015's index of every sent row has no other reader.
DROP INDEX IF EXISTS ix_deliveries_channel_sent;
CREATE INDEX ix_deliveries_channel_alerts_sent ON deliveries (platform, channel_id, thread_id, sent_at) WHERE status = 'sent' AND kind = 'alert';
-- An update of a story is not sent when the channel's message for it was written after the update's article joined
-- (DeliveryStore.LastWrittenAt): under a backlog a story's updates wait in line, and each edit showed the whole story
-- as it stood, so the ones after the first changed nothing (Telegram answers "message is not modified") and spent
-- a request of the platform's rate. This index finds a message's last write among the story's sent rows.
CREATE INDEX ix_deliveries_story_writes ON deliveries (platform, channel_id, thread_id, story_id, message_id, sent_at) WHERE status = 'sent' AND story_id IS NOT NULL;

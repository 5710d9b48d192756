-- A channel's daily cap and least spacing are of alerts (Delivery:DailyCapPerChannel, MinIntervalSecondsPerChannel),
-- but the count and the last send read every sent row, updates of stories already told included: edits, replies
-- and updates merged into their alert. Under a story retold all day a channel reached its cap of alerts on updates
-- alone, and its next stories waited for the next day. The count now reads the channel's sent alerts only, from an
-- index of those; 0015's index of every sent row has no other reader.
DROP INDEX IF EXISTS ix_deliveries_channel_sent;
CREATE INDEX ix_deliveries_channel_alerts_sent ON deliveries (platform, channel_id, thread_id, sent_at) WHERE status = 'sent' AND kind = 'alert';

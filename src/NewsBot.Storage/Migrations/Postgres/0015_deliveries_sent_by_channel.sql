-- Every alert checks its channel's daily cap (DeliveryStore.CountSentSince) and, when a spacing is set, its last
-- send (LastSentAt). Through the channel's unique key these read every row the channel ever had, table page by
-- table page: about 120 µs a count at the end of the one-hour soak (55 rows a channel on average), growing with
-- the channel's history, and so the bot's CPU grew with the deliveries table. This index holds the sent rows by
-- channel and time, so a count reads only today's entries and the last send is one lookup (15 and 10 µs there).
CREATE INDEX ix_deliveries_channel_sent ON deliveries (platform, channel_id, thread_id, sent_at) WHERE status = 'sent';

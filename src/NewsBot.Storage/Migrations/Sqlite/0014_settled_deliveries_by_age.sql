-- The hourly cleanup deletes settled deliveries older than Delivery:KeepSettledDays (DeliveryHistory). Without
-- an index on their age it read every settled row to find the old ones, under the write lock, every hour: the
-- whole table once retention holds it steady. This index holds only settled rows, by the time they were queued.
CREATE INDEX ix_deliveries_settled_created ON deliveries (created_at) WHERE status IN ('sent', 'dead', 'skipped');

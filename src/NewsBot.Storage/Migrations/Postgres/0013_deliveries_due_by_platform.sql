-- Each platform's drain claims its oldest due rows (issue 20). On ix_deliveries_due alone the claim read every
-- due row of every platform and sorted them to take fifty: with a backlog of 46,000 rows at the end of the
-- one-hour soak, 10.6 ms a claim under the write lock, growing with the backlog. This index holds only the rows
-- still to send, per platform in claim order, so a claim reads about as many rows as it takes (0.03 ms there).
CREATE INDEX ix_deliveries_platform_due ON deliveries (platform, next_attempt_at, id) WHERE status IN ('due', 'uncertain');

-- A send whose platform answer was lost (issue 18): the delivery is 'uncertain' until Delivery:OnUncertain
-- settles it, and 'skipped' when it is closed without resending. uncertain_at keeps the first unknown outcome,
-- so an alert is never sent blind a third time.
ALTER TABLE deliveries DROP CONSTRAINT deliveries_status_check;
ALTER TABLE deliveries ADD CONSTRAINT deliveries_status_check
    CHECK (status IN ('due', 'sent', 'dead', 'uncertain', 'skipped'));
ALTER TABLE deliveries ADD COLUMN uncertain_at bigint NULL;
